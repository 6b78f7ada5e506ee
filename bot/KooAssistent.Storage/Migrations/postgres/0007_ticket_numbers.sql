-- A ticket number a worker can read out on the phone (as sqlite/0007). A PostgreSQL database starts at this
-- schema with no tickets, so no number has to be drawn for old rows before the index makes numbers unique.
ALTER TABLE tickets ADD COLUMN number TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX ux_tickets_number ON tickets (number);
