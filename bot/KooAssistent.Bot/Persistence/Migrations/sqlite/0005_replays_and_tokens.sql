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
