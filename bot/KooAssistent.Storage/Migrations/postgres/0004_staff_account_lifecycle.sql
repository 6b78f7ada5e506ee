-- Disabled accounts and the security stamp every session carries (as sqlite/0004).
ALTER TABLE staff_accounts ADD COLUMN disabled_at BIGINT NULL;
ALTER TABLE staff_accounts ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
UPDATE staff_accounts SET security_stamp = md5(random()::text || clock_timestamp()::text);
