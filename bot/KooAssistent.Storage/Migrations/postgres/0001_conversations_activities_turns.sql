-- Conversations, their transcript, and the inbox of turns still to run (as sqlite/0001).
-- Times are Unix milliseconds (UTC), as in the SQLite schema, so both providers' stores map rows the same way.

CREATE TABLE conversations (
    id            TEXT   NOT NULL PRIMARY KEY,
    channel       TEXT   NOT NULL,
    user_id       TEXT   NOT NULL,
    locale        TEXT   NULL,
    brain_state   TEXT   NULL,
    last_sequence BIGINT NOT NULL DEFAULT 0,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);

CREATE INDEX ix_conversations_updated_at ON conversations (updated_at);

-- One row per activity, in the order the conversation saw them; sequence is the Direct Line watermark.
CREATE TABLE activities (
    conversation_id TEXT   NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sequence        BIGINT NOT NULL,
    type            TEXT   NOT NULL,
    role            TEXT   NOT NULL,
    idempotency_key TEXT   NULL,
    body            TEXT   NOT NULL,
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, sequence)
);

-- A retried POST carries the same clientActivityID: the database, not a cache, makes it count once.
CREATE UNIQUE INDEX ux_activities_idempotency_key
    ON activities (conversation_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- The inbox: a turn is written in the same transaction as the activity that caused it and completed in the
-- same transaction as the bot's replies, so a crash in between leaves it pending and it runs after restart.
CREATE TABLE turns (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id      TEXT   NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    trigger              TEXT   NOT NULL,
    activity_sequence    BIGINT NULL,
    rejected_attachments BIGINT NOT NULL DEFAULT 0,
    state                TEXT   NOT NULL,
    attempts             BIGINT NOT NULL DEFAULT 0,
    created_at           BIGINT NOT NULL,
    completed_at         BIGINT NULL
);

CREATE INDEX ix_turns_pending ON turns (conversation_id, id) WHERE state = 'pending';
