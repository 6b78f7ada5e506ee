-- How far each worker has read a ticket's conversation, and the call-backs with how each went (as sqlite/0008).
CREATE TABLE ticket_reads (
    ticket_id     TEXT   NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    username      TEXT   NOT NULL,
    read_sequence BIGINT NOT NULL,
    PRIMARY KEY (ticket_id, username)
);

CREATE TABLE ticket_calls (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id TEXT   NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    worker    TEXT   NOT NULL,
    outcome   TEXT   NOT NULL,
    at        BIGINT NOT NULL
);

CREATE INDEX ix_ticket_calls_ticket ON ticket_calls (ticket_id, id);
