-- Bot Connector (Azure Bot Service): where each conversation's replies go and how far they have been delivered.

-- One row per conversation that came in through /api/messages. service_url is only ever written from an activity
-- whose token was validated (its serviceurl claim equals it), so the bot never sends its app token anywhere else.
-- The outbox cursor works as WhatsApp's: every bot or staff activity after delivered_sequence still has to be sent,
-- in order; a crash between sending and moving the cursor re-sends after restart (at least once), never loses one.
CREATE TABLE botconnector_conversations (
    conversation_id           TEXT    NOT NULL PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    channel_id                TEXT    NOT NULL,
    service_url               TEXT    NOT NULL,
    connector_conversation_id TEXT    NOT NULL,
    bot_id                    TEXT    NOT NULL,
    bot_name                  TEXT    NULL,
    user_id                   TEXT    NOT NULL,
    delivered_sequence        INTEGER NOT NULL DEFAULT 0
) STRICT;
