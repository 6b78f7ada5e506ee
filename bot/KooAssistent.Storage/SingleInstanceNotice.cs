using Microsoft.Extensions.Options;

namespace KooAssistent.Storage;

/// <summary>
/// Says at start, on PostgreSQL, what the shared database does not give yet: a conversation's turns are ordered by
/// one process's lanes and the change feed reaches only that process, so two instances on one database could run a
/// conversation's turns at once and a resident's stream would miss replies made on the other. One instance is safe.
/// </summary>
public sealed partial class SingleInstanceNotice(IOptions<PersistenceOptions> options, ILogger<SingleInstanceNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider == PersistenceProvider.Postgres)
        {
            LogOneInstanceOnly();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Persistence: PostgreSQL holds all data, but run ONE bot instance on it: turn lanes and live updates are per process (no cross-instance lanes, no LISTEN/NOTIFY yet), so a second instance could answer a conversation's turns out of order and its residents' streams would miss replies made on the other")]
    private partial void LogOneInstanceOnly();
}
