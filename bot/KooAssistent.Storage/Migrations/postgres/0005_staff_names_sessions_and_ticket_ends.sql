-- Display names and opaque ids for workers, where a ticket's transcript ends, and server-side staff sessions
-- (as sqlite/0005).
ALTER TABLE staff_accounts ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
ALTER TABLE staff_accounts ADD COLUMN public_id TEXT NOT NULL DEFAULT '';
UPDATE staff_accounts
SET display_name = upper(substr(username, 1, 1)) || substr(username, 2),
    public_id = md5(random()::text || clock_timestamp()::text || username);
CREATE UNIQUE INDEX ux_staff_accounts_public_id ON staff_accounts (public_id);

ALTER TABLE tickets ADD COLUMN closed_sequence BIGINT NULL;
UPDATE tickets
SET closed_sequence = COALESCE((
        SELECT MAX(a.sequence) FROM activities a
        WHERE a.conversation_id = tickets.conversation_id
          AND a.created_at <= (SELECT MAX(e.at) FROM ticket_events e WHERE e.ticket_id = tickets.id)), 0)
WHERE status NOT IN ('Queued', 'Assigned');

CREATE TABLE staff_sessions (
    session_hash TEXT   NOT NULL PRIMARY KEY,
    expires_at   BIGINT NOT NULL
);

CREATE INDEX ix_staff_sessions_expires_at ON staff_sessions (expires_at);
