using KooAssistent.Bot.Persistence.Sqlite;

namespace KooAssistent.Bot.Persistence;

/// <summary>Migrates the database while the host starts, before the server accepts its first request.</summary>
public sealed class DatabaseMigrationService(SqliteMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
