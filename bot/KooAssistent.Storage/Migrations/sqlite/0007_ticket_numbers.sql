-- A ticket number a worker can read out on the phone (TicketNumber: seven characters from an alphabet without
-- look-alikes), beside the long id, which stays the key. Tickets from before this migration get a random one each;
-- the second and third pass give a new number to the rare ticket that drew one already taken, before the index
-- makes numbers unique.
ALTER TABLE tickets ADD COLUMN number TEXT NOT NULL DEFAULT '';

UPDATE tickets SET number =
    substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1) || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1)
    || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1) || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1)
    || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1) || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1)
    || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1);

UPDATE tickets SET number =
    substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1) || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1)
    || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1) || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1)
    || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1) || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1)
    || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1)
WHERE rowid IN (SELECT t.rowid FROM tickets t WHERE EXISTS (SELECT 1 FROM tickets u WHERE u.number = t.number AND u.rowid < t.rowid));

UPDATE tickets SET number =
    substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1) || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1)
    || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1) || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1)
    || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1) || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1)
    || substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + abs(random() % 30), 1)
WHERE rowid IN (SELECT t.rowid FROM tickets t WHERE EXISTS (SELECT 1 FROM tickets u WHERE u.number = t.number AND u.rowid < t.rowid));

CREATE UNIQUE INDEX ux_tickets_number ON tickets (number);
