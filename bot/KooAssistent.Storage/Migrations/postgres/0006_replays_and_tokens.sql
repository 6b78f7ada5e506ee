-- Hashed dedupe keys kept after an erasure, stream tickets used once, and when a conversation was erased
-- (as sqlite/0006).
CREATE TABLE erased_idempotency_keys (
    key_hash  TEXT   NOT NULL PRIMARY KEY,
    erased_at BIGINT NOT NULL
);

CREATE INDEX ix_erased_idempotency_keys_erased_at ON erased_idempotency_keys (erased_at);

CREATE TABLE used_stream_tickets (
    ticket_id  TEXT   NOT NULL PRIMARY KEY,
    expires_at BIGINT NOT NULL
);

CREATE INDEX ix_used_stream_tickets_expires_at ON used_stream_tickets (expires_at);

ALTER TABLE conversations ADD COLUMN erased_at BIGINT NULL;
