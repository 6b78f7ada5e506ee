namespace KooAssistent.Storage;

/// <summary>
/// Migrates the database while the host starts: in the "starting" phase, before any hosted service starts its work
/// (turn recovery, the outbox, retention) and before the server accepts its first request.
/// </summary>
public sealed class DatabaseMigrationService(IStoreMigrator migrator) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
