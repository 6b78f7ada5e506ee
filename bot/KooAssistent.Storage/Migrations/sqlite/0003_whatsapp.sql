-- WhatsApp: how far each conversation's replies have been handed to Meta, delivery statuses, and what failed for good.

-- The outbox cursor: every bot or staff activity after delivered_sequence still has to be sent, in order. A
-- crash between sending and moving the cursor re-sends after restart (at least once), never loses a reply.
CREATE TABLE whatsapp_delivery (
    conversation_id    TEXT    NOT NULL PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    delivered_sequence INTEGER NOT NULL
) STRICT;

-- Status callbacks (sent, delivered, read, failed), once per message and status.
CREATE TABLE whatsapp_statuses (
    message_id TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    at         INTEGER NOT NULL,
    error_code TEXT    NULL,
    PRIMARY KEY (message_id, status)
) STRICT, WITHOUT ROWID;

-- Replies Meta refused for good (4xx), with the error, for an operator to look at.
CREATE TABLE whatsapp_dead_letters (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT    NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sequence        INTEGER NOT NULL,
    error           TEXT    NOT NULL,
    at              INTEGER NOT NULL
) STRICT;
