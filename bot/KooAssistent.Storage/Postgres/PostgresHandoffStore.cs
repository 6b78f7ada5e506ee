using KooAssistent.Storage.Tickets;

namespace KooAssistent.Storage.Postgres;

/// <summary>Tickets, notes and the audit log in PostgreSQL, shared by every bot instance.</summary>
public sealed class PostgresHandoffStore(PostgresDatabase database, TimeProvider clock) : HandoffStore(database, clock);
