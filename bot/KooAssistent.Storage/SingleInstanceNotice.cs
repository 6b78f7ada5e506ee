using Microsoft.Extensions.Options;

namespace KooAssistent.Storage;

/// <summary>
/// Says at start, on PostgreSQL, what the shared database does not give yet: a conversation's turns are ordered by
/// one process's lanes, so two instances on one database could run a conversation's turns at once. Live updates do
/// travel between instances (LISTEN/NOTIFY). One instance is safe.
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Persistence: PostgreSQL holds all data and live updates travel between instances (LISTEN/NOTIFY), but run ONE bot instance on it: turn lanes are per process, so a second instance could answer a conversation's turns twice or out of order")]
    private partial void LogOneInstanceOnly();
}
