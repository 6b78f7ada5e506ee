using KooAssistent.Storage.Staff;

namespace KooAssistent.Storage.Sqlite;

/// <summary>Staff accounts in the SQLite file.</summary>
public sealed class SqliteStaffStore(SqliteConnectionFactory connections, TimeProvider clock)
    : StaffStore(new SqliteDatabase(connections), clock);
