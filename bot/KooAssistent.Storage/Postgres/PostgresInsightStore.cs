using KooAssistent.Storage.Insights;

namespace KooAssistent.Storage.Postgres;

/// <summary>The insight tables in PostgreSQL.</summary>
public sealed class PostgresInsightStore(PostgresDatabase database) : InsightStore(database);
