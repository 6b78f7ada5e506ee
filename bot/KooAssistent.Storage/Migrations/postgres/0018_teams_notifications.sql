-- Teams notifications: one row per ticket whose Buurtteam's Teams channel is (being) told that it waits (as
-- sqlite/0018). No resident data; it goes with its ticket.
CREATE TABLE teams_notifications (
    ticket_id     TEXT   NOT NULL PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    team          TEXT   NOT NULL,
    created_at    BIGINT NOT NULL,
    outcome       TEXT   NULL,
    done_at       BIGINT NULL,
    claimed_by    TEXT   NULL,
    claimed_until BIGINT NULL
);

CREATE INDEX ix_teams_notifications_pending ON teams_notifications (team) WHERE outcome IS NULL;
