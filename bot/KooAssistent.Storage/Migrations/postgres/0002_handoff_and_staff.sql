-- Handoff tickets to the Buurtteams, the staff who work them, and who opened which transcript (as sqlite/0002).

CREATE TABLE tickets (
    id              TEXT   NOT NULL PRIMARY KEY,
    conversation_id TEXT   NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    status          TEXT   NOT NULL,
    team            TEXT   NOT NULL,
    urgency         TEXT   NOT NULL,
    summary         TEXT   NOT NULL,
    assigned_to     TEXT   NULL,
    outcome         TEXT   NULL,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);

-- At most one open ticket per conversation: asking twice never queues the resident twice.
CREATE UNIQUE INDEX ux_tickets_open ON tickets (conversation_id) WHERE status IN ('Queued', 'Assigned');
CREATE INDEX ix_tickets_status ON tickets (status, created_at);

CREATE TABLE ticket_events (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id   TEXT   NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    at          BIGINT NOT NULL,
    actor       TEXT   NOT NULL,
    from_status TEXT   NULL,
    to_status   TEXT   NOT NULL,
    detail      TEXT   NULL
);

-- Private notes of workers; never sent to the resident.
CREATE TABLE ticket_notes (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id  TEXT   NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    author     TEXT   NOT NULL,
    text       TEXT   NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE staff_accounts (
    username        TEXT   NOT NULL PRIMARY KEY,
    role            TEXT   NOT NULL,
    team            TEXT   NULL,
    password_hash   TEXT   NOT NULL,
    failed_attempts BIGINT NOT NULL DEFAULT 0,
    locked_until    BIGINT NULL,
    created_at      BIGINT NOT NULL
);

-- Who opened which transcript and when; kept when the conversation itself is deleted (it holds no message text).
CREATE TABLE audit_log (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              BIGINT NOT NULL,
    actor           TEXT   NOT NULL,
    action          TEXT   NOT NULL,
    ticket_id       TEXT   NULL,
    conversation_id TEXT   NULL
);

CREATE INDEX ix_audit_log_at ON audit_log (at);
