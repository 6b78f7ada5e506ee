-- The ticket's short number on its handoff fact (as postgres/0017), so a resident who asks for erasure with the number
-- a worker gave them is found after the ticket itself went with its conversation (28 days): the fact is kept
-- Insights:RetentionDays (90). A random number that names nothing else; erased and expired with the fact. No index:
-- only an operator's request looks a fact up by it. Facts whose ticket is already gone keep none.
ALTER TABLE insight_handoffs ADD COLUMN ticket_number TEXT NULL;

UPDATE insight_handoffs SET ticket_number = (SELECT number FROM tickets WHERE tickets.id = insight_handoffs.ticket_id);
