using KooAssistent.Storage.Postgres;
using KooAssistent.Storage.Staff;
using KooAssistent.Storage.Tickets;
using KooAssistent.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KooAssistent.Storage.Tests;

/// <summary>
/// A schema of its own per test in the server named by <c>KOO_TEST_POSTGRES</c>. Without that variable the test
/// fails with instructions instead of skipping: a CI run that silently tested only SQLite would look green.
/// </summary>
public sealed class PostgresProvider : IStoreProvider
{
    public const string Variable = "KOO_TEST_POSTGRES";

    private readonly NpgsqlDataSource admin;
    private readonly NpgsqlDataSource dataSource;
    private readonly string schema = "test_" + Guid.NewGuid().ToString("N");

    public PostgresProvider()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the store contract tests: {Variable} is not set. scripts/test.sh starts a server and sets it; "
                + "to leave these tests out on a developer machine, run dotnet test with --filter \"Provider!=Postgres\".");
        }

        admin = NpgsqlDataSource.Create(connectionString);
        using (var create = admin.CreateCommand($"CREATE SCHEMA {schema}"))
        {
            create.ExecuteNonQuery();
        }

        dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString);
        Database = new PostgresDatabase(dataSource);
    }

    public PostgresDatabase Postgres => (PostgresDatabase)Database;

    public IStoreDatabase Database { get; }

    public Task MigrateAsync() => NewMigrator().MigrateAsync(CancellationToken.None);

    public PostgresMigrator NewMigrator() => new(Postgres, new ManualClock(), NullLogger<PostgresMigrator>.Instance);

    public IConversationStore CreateConversationStore(TimeProvider clock) => new PostgresConversationStore(Postgres, clock);

    public IStaffStore CreateStaffStore(TimeProvider clock) => new PostgresStaffStore(Postgres, clock);

    public IStaffSessionStore CreateSessionStore(TimeProvider clock) => new PostgresStaffSessionStore(Postgres, clock);

    public StreamTicketStore CreateStreamTicketStore(TimeProvider clock) => new PostgresStreamTicketStore(Postgres, clock);

    public IHandoffStore CreateHandoffStore(TimeProvider clock) => new PostgresHandoffStore(Postgres, clock);

    public KooAssistent.Storage.Insights.IInsightStore CreateInsightStore() => new PostgresInsightStore(Postgres);

    public async ValueTask DisposeAsync()
    {
        await dataSource.DisposeAsync();
        await using (var drop = admin.CreateCommand($"DROP SCHEMA {schema} CASCADE"))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await admin.DisposeAsync();
    }
}
