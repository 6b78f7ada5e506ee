using KooAssistent.Storage.Insights;

namespace KooAssistent.Storage.Sqlite;

/// <summary>The insight tables in the SQLite file; writes share the group commit.</summary>
public sealed class SqliteInsightStore(SqliteConnectionFactory connections) : InsightStore(new SqliteDatabase(connections));
