namespace KooAssistent.Storage.Sqlite;

/// <summary>Finding and exporting a resident's data in the SQLite file.</summary>
public sealed class SqlitePrivacyStore(SqliteConnectionFactory connections, TimeProvider clock)
    : PrivacyStore(new SqliteDatabase(connections), clock);
