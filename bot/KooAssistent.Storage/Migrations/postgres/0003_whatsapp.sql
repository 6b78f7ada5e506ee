-- WhatsApp: the outbox cursor, delivery statuses, and what Meta refused for good (as sqlite/0003).

CREATE TABLE whatsapp_delivery (
    conversation_id    TEXT   NOT NULL PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    delivered_sequence BIGINT NOT NULL
);

CREATE TABLE whatsapp_statuses (
    message_id TEXT   NOT NULL,
    status     TEXT   NOT NULL,
    at         BIGINT NOT NULL,
    error_code TEXT   NULL,
    PRIMARY KEY (message_id, status)
);

CREATE TABLE whatsapp_dead_letters (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id TEXT   NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sequence        BIGINT NOT NULL,
    error           TEXT   NOT NULL,
    at              BIGINT NOT NULL
);
