using Dapper;
using KooAssistent.Storage.Sqlite;
using KooAssistent.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace KooAssistent.Storage.Tests;

/// <summary>The writer that commits waiting writes together: each write in its own savepoint, one commit, answers after it.</summary>
[Trait("Provider", "Sqlite")]
public sealed class SqliteGroupCommitTests : IAsyncLifetime, IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TemporaryDirectory directory = new();
    private readonly SqliteConnectionFactory connections;

    public SqliteGroupCommitTests() => connections = new SqliteConnectionFactory($"Data Source={Path.Combine(directory.Path, "koo.db")}");

    public Task InitializeAsync() => new SqliteMigrator(connections, new ManualClock(), NullLogger<SqliteMigrator>.Instance).MigrateAsync(None);

    [Fact]
    public async Task A_write_that_fails_in_a_batch_leaves_nothing_and_fails_alone_while_the_others_commit_batch_after_batch()
    {
        for (var batch = 0; batch < 3; batch++)
        {
            Task<int>[] writes;

            // The writer waits for the gate, so every write queued meanwhile goes into one batch.
            await using (await connections.OpenForWriteAsync(None))
            {
                writes = [Insert($"{batch}-a"), Insert($"{batch}-b", thenFail: true), Insert($"{batch}-c")];
            }

            Assert.Equal(1, await writes[0]);
            Assert.Equal("kapot", (await Assert.ThrowsAsync<InvalidOperationException>(() => writes[1])).Message);
            Assert.Equal(1, await writes[2]);
        }

        await using var connection = await connections.OpenAsync(None);
        var stored = await connection.QueryAsync<string>("SELECT key_hash FROM erased_idempotency_keys ORDER BY key_hash");
        Assert.Equal(["0-a", "0-c", "1-a", "1-c", "2-a", "2-c"], stored);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        connections.Dispose();
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    private Task<int> Insert(string key, bool thenFail = false) =>
        connections.GroupCommit.WriteAsync(
            async (connection, transaction) =>
            {
                var inserted = await connection.ExecuteAsync("INSERT INTO erased_idempotency_keys (key_hash, erased_at) VALUES (@key, 0)", new { key }, transaction);
                return thenFail ? throw new InvalidOperationException("kapot") : inserted;
            },
            None);
}
