-- One anonymous fact per handoff, so the handoff figures per Buurtteam and per wijk, the waiting times and the
-- outcomes cover Insights:RetentionDays (90) although tickets go with their conversation after 28 days. No foreign
-- key: like the other insight tables it outlives the ticket, is deleted explicitly on erasure and by age.
-- at is the midnight (Europe/Amsterdam) that began the day the ticket was opened, not the time; wijk is a wijk's name
-- (never a postcode or street), NULL when unknown; ticket_id is only the key by which the ticket's moves find it.
CREATE TABLE insight_handoffs (
    ticket_id           TEXT    NOT NULL PRIMARY KEY,
    conversation_id     TEXT    NOT NULL,
    at                  INTEGER NOT NULL,
    team                TEXT    NOT NULL,
    wijk                TEXT    NULL,
    status              TEXT    NOT NULL,
    outcome             TEXT    NULL,
    first_reply_seconds INTEGER NULL
) STRICT;

CREATE INDEX ix_insight_handoffs_at ON insight_handoffs (at);
CREATE INDEX ix_insight_handoffs_conversation ON insight_handoffs (conversation_id);

-- The tickets still stored become facts, with the wijk the resident named (a postcode is not read back into a wijk
-- here). SQLite knows no time zones, so the day's midnight follows the EU summer-time rule Europe/Amsterdam keeps:
-- +02:00 from the last Sunday of March to the last Sunday of October, both at 01:00 UTC, else +01:00.
INSERT INTO insight_handoffs (ticket_id, conversation_id, at, team, wijk, status, outcome, first_reply_seconds)
WITH opened AS (
    SELECT id, created_at / 1000 AS s FROM tickets
), summer AS (
    SELECT id, s,
        CAST(strftime('%s', strftime('%Y', s, 'unixepoch') || '-03-25 01:00:00', 'weekday 0') AS INTEGER) AS starts,
        CAST(strftime('%s', strftime('%Y', s, 'unixepoch') || '-10-25 01:00:00', 'weekday 0') AS INTEGER) AS ends
    FROM opened
), local AS (
    SELECT id, starts, ends, s + CASE WHEN s >= starts AND s < ends THEN 7200 ELSE 3600 END AS clock FROM summer
), midnight AS (
    -- Local midnight is 22:00 or 23:00 UTC the day before, hours from a change of offset: an hour earlier has its offset.
    SELECT id, (clock - clock % 86400 - CASE WHEN clock - clock % 86400 - 3600 >= starts AND clock - clock % 86400 - 3600 < ends THEN 7200 ELSE 3600 END) * 1000 AS at
    FROM local
)
SELECT t.id, t.conversation_id, m.at, t.team, json_extract(t.summary, '$.wijk'), t.status, t.outcome, (t.first_reply_at - t.created_at) / 1000
FROM tickets t JOIN midnight m ON m.id = t.id;
