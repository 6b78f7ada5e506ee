using KooAssistent.Storage.Tickets;

namespace KooAssistent.Storage.Sqlite;

/// <summary>Tickets, notes and the audit log in the SQLite file.</summary>
public sealed class SqliteHandoffStore(SqliteConnectionFactory connections, TimeProvider clock)
    : HandoffStore(new SqliteDatabase(connections), clock);
