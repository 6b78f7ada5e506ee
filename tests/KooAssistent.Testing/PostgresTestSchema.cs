using Npgsql;

namespace KooAssistent.Testing;

/// <summary>
/// A schema of its own for one test in the server named by <c>KOO_TEST_POSTGRES</c>, dropped with everything in it at
/// the end. Without that variable the test fails with instructions instead of skipping: a CI run that silently tested
/// only SQLite would look green.
/// </summary>
public sealed class PostgresTestSchema : IAsyncDisposable
{
    public const string Variable = "KOO_TEST_POSTGRES";

    private readonly NpgsqlDataSource admin;

    public PostgresTestSchema()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for this test: {Variable} is not set. scripts/test.sh starts a server and sets it; "
                + "to leave these tests out on a developer machine, run dotnet test with --filter \"Provider!=Postgres\".");
        }

        admin = NpgsqlDataSource.Create(connectionString);
        Name = "test_" + Guid.NewGuid().ToString("N");
        using (var create = admin.CreateCommand($"CREATE SCHEMA {Name}"))
        {
            create.ExecuteNonQuery();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = Name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The server's connection string with this schema as the only one searched.</summary>
    public string ConnectionString { get; }

    public async ValueTask DisposeAsync()
    {
        // Pooled connections into the schema would keep it busy; they belong to data sources the tests dispose first.
        await using (var drop = admin.CreateCommand($"DROP SCHEMA {Name} CASCADE"))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await admin.DisposeAsync();
    }
}
