-- What stops a captured request from being used again: dedupe keys kept after an erasure (hashed), and stream tickets
-- that have been used once.

-- An erasure deletes the activities, and with them the keys that made a delivery count once. Their hashes stay here
-- (SHA-256 of conversation id and key; no link to the conversation, nothing of what was said), so a replayed
-- WhatsApp delivery of an erased message is still a duplicate. Kept as long as a delivery can be replayed at all.
CREATE TABLE erased_idempotency_keys (
    key_hash  TEXT    NOT NULL PRIMARY KEY,
    erased_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX ix_erased_idempotency_keys_erased_at ON erased_idempotency_keys (erased_at);

-- A stream ticket opens the conversation's WebSocket once; a second use of the same URL is refused instead of taking
-- the stream over. Rows are only needed until the ticket would have expired anyway.
CREATE TABLE used_stream_tickets (
    ticket_id  TEXT    NOT NULL PRIMARY KEY,
    expires_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX ix_used_stream_tickets_expires_at ON used_stream_tickets (expires_at);

-- When the conversation was erased at the resident's request; its tokens are then no longer renewed.
ALTER TABLE conversations ADD COLUMN erased_at INTEGER NULL;
