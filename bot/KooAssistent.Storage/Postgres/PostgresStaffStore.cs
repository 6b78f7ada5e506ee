using KooAssistent.Storage.Staff;

namespace KooAssistent.Storage.Postgres;

/// <summary>Staff accounts in PostgreSQL.</summary>
public sealed class PostgresStaffStore(PostgresDatabase database, TimeProvider clock) : StaffStore(database, clock);
