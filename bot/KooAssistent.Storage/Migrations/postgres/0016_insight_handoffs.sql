-- One anonymous fact per handoff (as sqlite/0016): team, wijk name, the day opened, seconds to the first worker
-- message and how it ended, kept Insights:RetentionDays after the ticket is gone; erased explicitly and by age.
CREATE TABLE insight_handoffs (
    ticket_id           TEXT   NOT NULL PRIMARY KEY,
    conversation_id     TEXT   NOT NULL,
    at                  BIGINT NOT NULL,
    team                TEXT   NOT NULL,
    wijk                TEXT   NULL,
    status              TEXT   NOT NULL,
    outcome             TEXT   NULL,
    first_reply_seconds BIGINT NULL
);

CREATE INDEX ix_insight_handoffs_at ON insight_handoffs (at);
CREATE INDEX ix_insight_handoffs_conversation ON insight_handoffs (conversation_id);

-- The tickets still stored become facts, on the midnight (Europe/Amsterdam) that began the day each was opened.
INSERT INTO insight_handoffs (ticket_id, conversation_id, at, team, wijk, status, outcome, first_reply_seconds)
SELECT id, conversation_id,
    (extract(epoch FROM date_trunc('day', to_timestamp(created_at / 1000.0) AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam') * 1000)::bigint,
    team, summary::jsonb ->> 'wijk', status, outcome, (first_reply_at - created_at) / 1000
FROM tickets;
