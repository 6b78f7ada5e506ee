-- How far each worker has read a ticket's conversation, for the unread badge of the inbox: the last activity the
-- worker saw when they last opened the ticket. Goes with the ticket (and so with an erasure of the conversation).
CREATE TABLE ticket_reads (
    ticket_id     TEXT    NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    username      TEXT    NOT NULL,
    read_sequence INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, username)
) STRICT, WITHOUT ROWID;

-- The calls a worker made to a resident who chose "Bel mij terug", with how each went; no number and no words.
CREATE TABLE ticket_calls (
    id        INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    ticket_id TEXT    NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    worker    TEXT    NOT NULL,
    outcome   TEXT    NOT NULL,
    at        INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_ticket_calls_ticket ON ticket_calls (ticket_id, id);
