using KooAssistent.Storage;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Turns;

/// <summary>
/// Picks up turns that are in the store but not running: those cut off by a crash or restart (at start), those
/// whose lane stopped on an error (every half minute), and on PostgreSQL those of an instance that died, once its
/// lease ran out (every half lease, so they wait one and a half leases at most). This is what makes "acknowledged"
/// mean "will be answered".
/// </summary>
/// <remarks>
/// The scheduler is looked up on the first round, not taken in the constructor: the host builds every hosted service
/// on its start thread before Kestrel listens, and the scheduler brings the brain with it (knowledge index and
/// classifier, 1.5–2 s of a 4-second start on the 2-core machine, 2026-12-07), which <see cref="Hosting.BrainWarmUp"/>
/// loads beside the start instead while readiness waits for it.
/// </remarks>
public sealed partial class PendingTurnRecoveryWorker(
    IConversationStore store,
    IServiceProvider services,
    IOptions<PersistenceOptions> options,
    TimeProvider clock,
    ILogger<PendingTurnRecoveryWorker> logger) : BackgroundService
{
    public async Task<int> RecoverOnceAsync(CancellationToken cancellationToken)
    {
        var conversations = await store.GetConversationsWithPendingTurnsAsync(cancellationToken);
        if (conversations.Count == 0)
        {
            return 0;
        }

        var scheduler = services.GetRequiredService<TurnScheduler>();
        foreach (var conversationId in conversations)
        {
            scheduler.Schedule(conversationId);
        }

        return conversations.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var first = true;
        var interval = options.Value.Provider == PersistenceProvider.Postgres
            ? TimeSpan.FromSeconds(Math.Min(30, options.Value.TurnLeaseSeconds / 2.0))
            : TimeSpan.FromSeconds(30);
        await PeriodicRounds.RunAsync(interval, clock, async cancellationToken =>
        {
            try
            {
                var count = await RecoverOnceAsync(cancellationToken);
                if (first && count > 0)
                {
                    LogResumed(count);
                }
            }
            finally
            {
                first = false;
            }
        }, LogRecoveryFailed, stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resumed pending turns of {Count} conversation(s) after start")]
    private partial void LogResumed(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for pending turns failed; retrying shortly")]
    private partial void LogRecoveryFailed(Exception exception);
}
