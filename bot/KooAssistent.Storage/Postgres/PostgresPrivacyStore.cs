namespace KooAssistent.Storage.Postgres;

/// <summary>Finding and exporting a resident's data in PostgreSQL.</summary>
public sealed class PostgresPrivacyStore(PostgresDatabase database, TimeProvider clock) : PrivacyStore(database, clock);
