using KooAssistent.Storage;
using KooAssistent.Storage.Insights;
using KooAssistent.Storage.Keys;
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

    /// <summary>
    /// Reads a key the bot generated for itself, as the bot keeps it: a file in its data folder beside the SQLite file,
    /// or a row of the PostgreSQL database. Null when the bot made none; <c>koo</c> never makes one.
    /// </summary>
    public required Func<string, string, CancellationToken, Task<byte[]?>> GeneratedKeyAsync { get; init; }

    /// <summary>Where <see cref="GeneratedKeyAsync"/> looks, for a message.</summary>
    public required string GeneratedKeysPlace { get; init; }

    public static BotStores OnSqlite(SqliteConnectionFactory connections, string path) =>
        new(new DisposedAsync(connections), path)
        {
            Staff = new SqliteStaffStore(connections, TimeProvider.System),
            Privacy = new SqlitePrivacyStore(connections, TimeProvider.System),
            Conversations = new SqliteConversationStore(connections, TimeProvider.System),
            Insights = new SqliteInsightStore(connections),
            // The bot keeps its SQLite file and its generated keys in one data folder (DataDirectory).
            GeneratedKeyAsync = (fileName, _, _) => Task.FromResult(GeneratedKeyFile.Load(Path.Combine(Path.GetDirectoryName(path)!, fileName))),
            GeneratedKeysPlace = Path.GetDirectoryName(path)!,
        };

    public static BotStores OnPostgres(PostgresDatabase database, NpgsqlDataSource dataSource, string description) =>
        new(dataSource, description)
        {
            Staff = new PostgresStaffStore(database, TimeProvider.System),
            Privacy = new PostgresPrivacyStore(database, TimeProvider.System),
            Conversations = new PostgresConversationStore(database, TimeProvider.System),
            Insights = new PostgresInsightStore(database),
            GeneratedKeyAsync = (_, storedName, cancellationToken) => new KeyStore(database, TimeProvider.System).StoredKeyAsync(storedName, cancellationToken),
            GeneratedKeysPlace = description,
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
