using Microsoft.Extensions.Options;

namespace KooAssistent.Storage;

/// <summary>
/// Says at start, on PostgreSQL, how instances share the database, so an operator scaling out reads what holds across
/// instances and what stays with each: a conversation's turns run on one instance at a time under a lease, which
/// another instance takes over when its holder dies; live updates travel between instances (LISTEN/NOTIFY); a worker's
/// typing, never stored, reaches only the streams on the worker's own instance.
/// </summary>
public sealed partial class SharedDatabaseNotice(IOptions<PersistenceOptions> options, ILogger<SharedDatabaseNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider == PersistenceProvider.Postgres)
        {
            LogShared(options.Value.TurnLeaseSeconds);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Persistence: PostgreSQL, shareable by several bot instances: a conversation's turns run on one instance at a time (a lease of {LeaseSeconds} s, taken over by another instance when its holder dies) and live updates travel between instances (LISTEN/NOTIFY); a worker's typing is shown only on the worker's own instance")]
    private partial void LogShared(int leaseSeconds);
}
