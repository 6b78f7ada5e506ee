-- Conversations, their transcript, and the inbox of turns still to run.
-- Times are Unix milliseconds (UTC). Every table is STRICT so a wrong type fails loudly.

CREATE TABLE conversations (
    id            TEXT    NOT NULL PRIMARY KEY,
    channel       TEXT    NOT NULL,
    user_id       TEXT    NOT NULL,
    locale        TEXT    NULL,
    brain_state   TEXT    NULL,
    last_sequence INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_conversations_updated_at ON conversations (updated_at);

-- One row per activity, in the order the conversation saw them; sequence is the Direct Line watermark.
CREATE TABLE activities (
    conversation_id TEXT    NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sequence        INTEGER NOT NULL,
    type            TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    idempotency_key TEXT    NULL,
    body            TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, sequence)
) STRICT, WITHOUT ROWID;

-- A retried POST carries the same clientActivityID: the database, not a cache, makes it count once.
CREATE UNIQUE INDEX ux_activities_idempotency_key
    ON activities (conversation_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- The inbox: a turn is written in the same transaction as the activity that caused it and completed in the
-- same transaction as the bot's replies, so a crash in between leaves it pending and it runs after restart.
CREATE TABLE turns (
    id                   INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    conversation_id      TEXT    NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    trigger              TEXT    NOT NULL,
    activity_sequence    INTEGER NULL,
    rejected_attachments INTEGER NOT NULL DEFAULT 0,
    state                TEXT    NOT NULL,
    attempts             INTEGER NOT NULL DEFAULT 0,
    created_at           INTEGER NOT NULL,
    completed_at         INTEGER NULL
) STRICT;

CREATE INDEX ix_turns_pending ON turns (conversation_id, id) WHERE state = 'pending';
