using KooAssistent.Storage.Inbox;

namespace KooAssistent.Storage.Postgres;

/// <summary>The staff inbox's facts, read marks and calls in PostgreSQL, shared by every bot instance.</summary>
public sealed class PostgresInboxStore(PostgresDatabase database, TimeProvider clock) : InboxStore(database, clock);
