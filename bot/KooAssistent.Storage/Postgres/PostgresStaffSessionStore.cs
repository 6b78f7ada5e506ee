using KooAssistent.Storage.Staff;

namespace KooAssistent.Storage.Postgres;

/// <summary>Staff sessions in PostgreSQL, so a session started on one bot instance is known to all of them.</summary>
public sealed class PostgresStaffSessionStore(PostgresDatabase database, TimeProvider clock) : StaffSessionStore(database, clock);
