using KooAssistent.Storage.Inbox;

namespace KooAssistent.Storage.Sqlite;

/// <summary>The staff inbox's facts, read marks and calls in the SQLite file.</summary>
public sealed class SqliteInboxStore(SqliteConnectionFactory connections, TimeProvider clock)
    : InboxStore(new SqliteDatabase(connections), clock);
