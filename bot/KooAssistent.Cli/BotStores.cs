using KooAssistent.Storage;
using KooAssistent.Storage.Insights;
using KooAssistent.Storage.Postgres;
using KooAssistent.Storage.Sqlite;
using KooAssistent.Storage.Staff;
using Npgsql;

namespace KooAssistent.Cli;

/// <summary>
/// The stores the commands use over one opened database: the classes the bot registers for that provider
/// (<c>PersistenceExtensions</c>), so <c>koo</c> and the bot share every query. Disposing closes the connections.
/// </summary>
internal sealed class BotStores : IAsyncDisposable
{
    private readonly IAsyncDisposable connections;

    private BotStores(IAsyncDisposable connections, string description)
    {
        this.connections = connections;
        Description = description;
    }

    /// <summary>The SQLite file's path, or the PostgreSQL database and host: never a connection string.</summary>
    public string Description { get; }

    public required IStaffStore Staff { get; init; }

    public required PrivacyStore Privacy { get; init; }

    public required IConversationStore Conversations { get; init; }

    public required IInsightStore Insights { get; init; }

    public static BotStores OnSqlite(SqliteConnectionFactory connections, string path) =>
        new(new DisposedAsync(connections), path)
        {
            Staff = new SqliteStaffStore(connections, TimeProvider.System),
            Privacy = new SqlitePrivacyStore(connections, TimeProvider.System),
            Conversations = new SqliteConversationStore(connections, TimeProvider.System),
            Insights = new SqliteInsightStore(connections),
        };

    public static BotStores OnPostgres(PostgresDatabase database, NpgsqlDataSource dataSource, string description) =>
        new(dataSource, description)
        {
            Staff = new PostgresStaffStore(database, TimeProvider.System),
            Privacy = new PostgresPrivacyStore(database, TimeProvider.System),
            Conversations = new PostgresConversationStore(database, TimeProvider.System),
            Insights = new PostgresInsightStore(database),
        };

    public ValueTask DisposeAsync() => connections.DisposeAsync();

    private sealed class DisposedAsync(IDisposable disposable) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            disposable.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
