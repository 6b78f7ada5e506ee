-- Which bot instance runs a conversation's turns, and until when (as postgres/0015). The bot on SQLite is one
-- process and takes no leases; the table keeps both providers' schemas and store contracts the same.
CREATE TABLE turn_leases (
    conversation_id TEXT    NOT NULL PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    holder          TEXT    NOT NULL,
    expires_at      INTEGER NOT NULL
) STRICT;
