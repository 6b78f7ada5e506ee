-- Which bot instance runs a conversation's turns, and until when (as sqlite/0015): several instances on one
-- database take a conversation's turns one instance at a time, and a lease left by an instance that died ends by
-- itself, so another takes its pending turns over.
CREATE TABLE turn_leases (
    conversation_id TEXT   NOT NULL PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    holder          TEXT   NOT NULL,
    expires_at      BIGINT NOT NULL
);
