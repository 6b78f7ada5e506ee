namespace KooAssistent.Storage.Postgres;

/// <summary>Used stream tickets in PostgreSQL: a ticket used on one instance is refused on every other.</summary>
public sealed class PostgresStreamTicketStore(PostgresDatabase database, TimeProvider clock) : StreamTicketStore(database, clock);
