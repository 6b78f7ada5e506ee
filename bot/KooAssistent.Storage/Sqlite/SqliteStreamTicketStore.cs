namespace KooAssistent.Storage.Sqlite;

/// <summary>Used stream tickets in the SQLite file.</summary>
public sealed class SqliteStreamTicketStore(SqliteConnectionFactory connections, TimeProvider clock)
    : StreamTicketStore(new SqliteDatabase(connections), clock);
