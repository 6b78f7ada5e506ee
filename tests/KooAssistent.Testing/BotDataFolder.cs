using KooAssistent.Storage.Sqlite;
using KooAssistent.Storage.Staff;
using Microsoft.Extensions.Logging.Abstractions;

namespace KooAssistent.Testing;

/// <summary>
/// A data folder that outlives the bot processes started on it. Each start gets a fresh home folder, as a new
/// container with a read-only file system does, so only what the bot keeps in the data folder (or in a keys folder it
/// is told about) carries over from one process to the next.
/// </summary>
public sealed class BotDataFolder : IDisposable
{
    private readonly TemporaryDirectory data = new();
    private readonly TemporaryDirectory homes = new();

    public string Path => data.Path;

    /// <summary>Starts a bot process on this folder, with a home folder of its own and these extra settings.</summary>
    public Task<BotProcess> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var home = Directory.CreateDirectory(System.IO.Path.Combine(homes.Path, Guid.NewGuid().ToString("N"))).FullName;
        var environment = settings is null ? new Dictionary<string, string?>() : new Dictionary<string, string?>(settings);
        environment["HOME"] = home;
        return BotProcess.StartAsync(data.Path, environment);
    }

    /// <summary>Adds a coordinator with a local password to the SQLite file, creating and migrating it if need be.</summary>
    public async Task AddCoordinatorAsync(string username, string displayName, string password)
    {
        using var connections = new SqliteConnectionFactory($"Data Source={System.IO.Path.Combine(data.Path, "koo.db")}");
        await new SqliteMigrator(connections, TimeProvider.System, NullLogger<SqliteMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var accounts = new SqliteStaffStore(connections, TimeProvider.System);
        if (!await accounts.AddAsync(username, displayName, StaffRole.Coordinator, null, PasswordHasher.Hash(password), CancellationToken.None))
        {
            throw new InvalidOperationException($"An account named {username} already exists.");
        }
    }

    public void Dispose()
    {
        data.Dispose();
        homes.Dispose();
    }
}
