using KooAssistent.Storage;
using KooAssistent.Storage.Sqlite;
using KooAssistent.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace KooAssistent.Bot.Tests.Persistence;

/// <summary>A migrated SQLite store on a fresh file, on a clock the test controls.</summary>
internal sealed class SqliteStoreFixture : IAsyncDisposable
{
    private readonly TemporaryDirectory directory = new();

    private SqliteStoreFixture()
    {
        Connections = new SqliteConnectionFactory($"Data Source={Path.Combine(directory.Path, "koo.db")}");
        Store = new SqliteConversationStore(Connections, Clock);
    }

    public ManualClock Clock { get; } = new();

    public SqliteConnectionFactory Connections { get; }

    public SqliteConversationStore Store { get; }

    public string DatabasePath => Connections.DatabasePath;

    public static async Task<SqliteStoreFixture> CreateAsync()
    {
        var fixture = new SqliteStoreFixture();
        await fixture.MigrateAsync();
        return fixture;
    }

    public Task MigrateAsync() => new SqliteMigrator(Connections, Clock, NullLogger<SqliteMigrator>.Instance).MigrateAsync(CancellationToken.None);

    public async Task<string> NewConversationAsync(string? id = null)
    {
        var conversationId = id ?? Guid.NewGuid().ToString("N");
        await Store.CreateConversationAsync(new NewConversation(conversationId, "test", "user-1", "nl-NL"), CancellationToken.None);
        return conversationId;
    }

    public ValueTask DisposeAsync()
    {
        Connections.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
