-- When a worker first wrote to the resident on a ticket: the Inzicht page's waiting time ends there, not at the
-- claim (the automatic "... is er nu" message sent on a claim is not a reply). Tickets from before this migration
-- have none and are left out of the waiting time.
ALTER TABLE tickets ADD COLUMN first_reply_at INTEGER NULL;
