-- Staff accounts can be disabled, and every session carries the account's security stamp: a random value that is
-- renewed when the password, the role or team changes or the account is disabled, so older sessions stop working.

ALTER TABLE staff_accounts ADD COLUMN disabled_at INTEGER NULL;

-- ADD COLUMN only takes a constant default, so existing accounts get their own random stamp right after. Sessions
-- signed in before this migration carry no stamp and have to sign in once more.
ALTER TABLE staff_accounts ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
UPDATE staff_accounts SET security_stamp = lower(hex(randomblob(16)));
