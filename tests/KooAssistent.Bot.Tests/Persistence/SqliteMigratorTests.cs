using Dapper;

namespace KooAssistent.Bot.Tests.Persistence;

public sealed class SqliteMigratorTests
{
    [Fact]
    public async Task Migrating_twice_is_harmless_and_the_file_is_in_WAL_mode()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();

        await db.MigrateAsync();

        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        var shipped = KooAssistent.Bot.Persistence.Migrations.EmbeddedMigrations.For("sqlite").Count;
        Assert.True(shipped >= 2);
        Assert.Equal(shipped, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Every_connection_commits_with_full_synchronous_durability()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();

        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);

        // 2 = FULL: a committed message survives power loss, not only a crash of the process.
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("PRAGMA synchronous"));
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused_with_an_explanation()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        await using (var connection = await db.Connections.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(db.MigrateAsync);

        Assert.Contains("newer than this build", error.Message, StringComparison.Ordinal);
    }
}
