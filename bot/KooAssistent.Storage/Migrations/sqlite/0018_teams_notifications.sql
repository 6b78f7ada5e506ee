-- Teams notifications: one row per ticket whose Buurtteam's Teams channel is (being) told that it waits. A row is
-- made when an outbox round first sees the ticket Queued for a team with a channel configured, so a ticket
-- committed just before a crash is still announced after the restart, and a ticket is announced once, however often
-- it waits again. It holds no resident data (the message is made from the ticket's number, team and urgency when it
-- is sent) and goes with its ticket: retention and erasure delete it through the foreign key.
-- outcome: NULL while it is still to be sent; 'sent', 'refused' (the channel said no for good, e.g. the bot was
-- removed from the team) or 'skipped' (a worker took the ticket before the message went out).
CREATE TABLE teams_notifications (
    ticket_id     TEXT    NOT NULL PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    team          TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    outcome       TEXT    NULL,
    done_at       INTEGER NULL,
    claimed_by    TEXT    NULL,
    claimed_until INTEGER NULL
) STRICT;

CREATE INDEX ix_teams_notifications_pending ON teams_notifications (team) WHERE outcome IS NULL;
