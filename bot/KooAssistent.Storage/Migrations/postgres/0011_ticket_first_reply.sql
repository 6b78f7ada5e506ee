-- When a worker first wrote to the resident on a ticket (as sqlite/0011).
ALTER TABLE tickets ADD COLUMN first_reply_at BIGINT NULL;
