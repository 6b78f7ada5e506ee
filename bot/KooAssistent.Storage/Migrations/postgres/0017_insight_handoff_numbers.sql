-- The ticket's short number on its handoff fact (as sqlite/0017): an operator given the number finds the fact after
-- the ticket is gone. Erased and expired with the fact; facts whose ticket is already gone keep none.
ALTER TABLE insight_handoffs ADD COLUMN ticket_number TEXT NULL;

UPDATE insight_handoffs SET ticket_number = (SELECT number FROM tickets WHERE tickets.id = insight_handoffs.ticket_id);
