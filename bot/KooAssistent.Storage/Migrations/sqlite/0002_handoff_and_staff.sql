-- Handoff tickets to the Buurtteams, the staff who work them, and who opened which transcript.

-- A ticket lives and dies with its conversation (same retention); its summary is JSON written by the bot.
CREATE TABLE tickets (
    id              TEXT    NOT NULL PRIMARY KEY,
    conversation_id TEXT    NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    status          TEXT    NOT NULL,
    team            TEXT    NOT NULL,
    urgency         TEXT    NOT NULL,
    summary         TEXT    NOT NULL,
    assigned_to     TEXT    NULL,
    outcome         TEXT    NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;

-- At most one open ticket per conversation: asking twice never queues the resident twice.
CREATE UNIQUE INDEX ux_tickets_open ON tickets (conversation_id) WHERE status IN ('Queued', 'Assigned');
CREATE INDEX ix_tickets_status ON tickets (status, created_at);

-- Every step of a ticket: who moved it, from where to where, and when.
CREATE TABLE ticket_events (
    id          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    ticket_id   TEXT    NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    actor       TEXT    NOT NULL,
    from_status TEXT    NULL,
    to_status   TEXT    NOT NULL,
    detail      TEXT    NULL
) STRICT;

-- Private notes of workers; never sent to the resident.
CREATE TABLE ticket_notes (
    id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    ticket_id  TEXT    NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    author     TEXT    NOT NULL,
    text       TEXT    NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE staff_accounts (
    username        TEXT    NOT NULL PRIMARY KEY,
    role            TEXT    NOT NULL,
    team            TEXT    NULL,
    password_hash   TEXT    NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER NULL,
    created_at      INTEGER NOT NULL
) STRICT;

-- Who opened which transcript and when; kept when the conversation itself is deleted (it holds no message text).
CREATE TABLE audit_log (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    at              INTEGER NOT NULL,
    actor           TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    ticket_id       TEXT    NULL,
    conversation_id TEXT    NULL
) STRICT;

CREATE INDEX ix_audit_log_at ON audit_log (at);
