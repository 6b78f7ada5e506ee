-- Who is delivering a Bot Connector conversation's messages, and until when (as postgres/0013; the same claim as the
-- WhatsApp outbox's, 0012).
ALTER TABLE botconnector_conversations ADD COLUMN claimed_by TEXT NULL;
ALTER TABLE botconnector_conversations ADD COLUMN claimed_until INTEGER NULL;
