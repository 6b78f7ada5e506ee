using KooAssistent.Storage.Staff;

namespace KooAssistent.Storage.Sqlite;

/// <summary>Staff sessions in the SQLite file.</summary>
public sealed class SqliteStaffSessionStore(SqliteConnectionFactory connections, TimeProvider clock)
    : StaffSessionStore(new SqliteDatabase(connections), clock);
