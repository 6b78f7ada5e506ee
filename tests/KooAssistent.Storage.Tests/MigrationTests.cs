using KooAssistent.Storage.Migrations;

namespace KooAssistent.Storage.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void Every_SQLite_migration_has_a_PostgreSQL_counterpart_with_the_same_version()
    {
        // A schema change made for one provider only would leave the other's stores reading columns that are not there.
        Assert.Equal(
            EmbeddedMigrations.For("sqlite").Select(migration => migration.Version),
            EmbeddedMigrations.For("postgres").Select(migration => migration.Version));
    }
}

[Trait("Provider", "Postgres")]
public sealed class PostgresMigratorTests : StoreContract<PostgresProvider>
{
    [Fact]
    public async Task Instances_that_start_together_migrate_once_and_both_start()
    {
        // InitializeAsync migrated already; three more at once must wait for the lock and find nothing to do.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Provider.NewMigrator().MigrateAsync(CancellationToken.None)));

        await using var connection = await Provider.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM schema_migrations";
        Assert.Equal((long)EmbeddedMigrations.For("postgres").Count, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_database_newer_than_the_build_is_refused()
    {
        await Provider.Database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 0)";
                return await command.ExecuteNonQueryAsync();
            },
            CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Provider.MigrateAsync());
        Assert.Contains("9999", refused.Message, StringComparison.Ordinal);
    }
}
