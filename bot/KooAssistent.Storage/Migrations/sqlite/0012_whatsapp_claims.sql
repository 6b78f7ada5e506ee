-- Who is delivering a WhatsApp conversation's messages, and until when (as postgres/0012): two outboxes (bot
-- instances) never send the same message, and a claim left by an instance that died ends by itself.
ALTER TABLE whatsapp_delivery ADD COLUMN claimed_by TEXT NULL;
ALTER TABLE whatsapp_delivery ADD COLUMN claimed_until INTEGER NULL;
