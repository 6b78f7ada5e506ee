-- Bot Connector (Azure Bot Service): reply routing and the outbox cursor (as sqlite/0010).

CREATE TABLE botconnector_conversations (
    conversation_id           TEXT   NOT NULL PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    channel_id                TEXT   NOT NULL,
    service_url               TEXT   NOT NULL,
    connector_conversation_id TEXT   NOT NULL,
    bot_id                    TEXT   NOT NULL,
    bot_name                  TEXT   NULL,
    user_id                   TEXT   NOT NULL,
    delivered_sequence        BIGINT NOT NULL DEFAULT 0
);
