-- Residents see a worker's display name and an opaque id, never the sign-in name (half of what is needed to sign in).
-- Existing accounts keep the name residents already saw (the username with a capital; SQLite's upper() changes ASCII
-- letters only, as residents saw them) and each gets its own random id; a beheerder can rename them.
ALTER TABLE staff_accounts ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
ALTER TABLE staff_accounts ADD COLUMN public_id TEXT NOT NULL DEFAULT '';
UPDATE staff_accounts SET display_name = upper(substr(username, 1, 1)) || substr(username, 2), public_id = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX ux_staff_accounts_public_id ON staff_accounts (public_id);

-- A ticket's transcript ends where the ticket ended (resolved, handed back or abandoned): a worker who opens an old
-- ticket must not read what the resident told another team afterwards. Tickets that ended before this migration
-- end at the last activity stored before their last event.
ALTER TABLE tickets ADD COLUMN closed_sequence INTEGER NULL;
UPDATE tickets
SET closed_sequence = COALESCE((
        SELECT MAX(a.sequence) FROM activities a
        WHERE a.conversation_id = tickets.conversation_id
          AND a.created_at <= (SELECT MAX(e.at) FROM ticket_events e WHERE e.ticket_id = tickets.id)), 0)
WHERE status NOT IN ('Queued', 'Assigned');

-- Staff sessions are known to the server: a session's random id (its SHA-256 here) is added at sign-in and removed
-- at sign-out, and a cookie whose session is not listed signs in nobody, so a copied cookie dies with the sign-out.
CREATE TABLE staff_sessions (
    session_hash TEXT    NOT NULL PRIMARY KEY,
    expires_at   INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX ix_staff_sessions_expires_at ON staff_sessions (expires_at);
