using KooAssistent.Storage;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Turns;

/// <summary>
/// On PostgreSQL, where several instances share the turns: runs a conversation's pending turns only while this instance
/// holds the conversation's lease (<see cref="TurnLeaseStore"/>), renewed meanwhile by <see cref="LeaseKeeper"/>. When
/// another instance holds it, the turns are left to that one, which runs every turn it finds until none is left. A
/// dead holder's lease runs out, and the recovery worker's next round on a live instance takes the turns over.
/// </summary>
public sealed partial class LeasedTurnRunner(
    TurnLeaseStore leases,
    IConversationStore store,
    TurnProcessor processor,
    DataDirectory data,
    IOptions<PersistenceOptions> options,
    TimeProvider clock,
    ILogger<LeasedTurnRunner> logger) : ITurnRunner
{
    // The outboxes' name for this instance: the same after a restart, so it takes its own leases back at once.
    private readonly string holder = Channels.OutboxClaim.ClaimerFor(data);

    private TimeSpan LeaseFor => TimeSpan.FromSeconds(options.Value.TurnLeaseSeconds);

    public async Task RunPendingAsync(string conversationId, CancellationToken cancellationToken)
    {
        while (await leases.TryClaimAsync(conversationId, holder, LeaseFor, cancellationToken))
        {
            bool kept;
            try
            {
                kept = await RunHeldAsync(conversationId, cancellationToken);
            }
            finally
            {
                // Not cancellable: a lease left behind at shutdown would keep the other instances from the
                // conversation until it ran out.
                await leases.ReleaseAsync(conversationId, holder, CancellationToken.None);
            }

            if (!kept)
            {
                LogLeaseLost(conversationId);
                return;
            }

            // Another instance that stored a message between this one's last look and its release found the lease
            // taken and left the turn here; one more look after the release finds it, or that instance's next claim does.
            if (await store.GetNextPendingTurnAsync(conversationId, cancellationToken) is null)
            {
                return;
            }
        }

        LogLeftToHolder(conversationId);
    }

    /// <summary>Runs the turns while the lease is renewed; false when the lease was lost meanwhile and the turns were stopped.</summary>
    private async Task<bool> RunHeldAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var keeper = LeaseKeeper.Start(leases, conversationId, holder, LeaseFor, clock, logger, cancellationToken);
        try
        {
            await processor.ProcessPendingAsync(conversationId, keeper.Token);
        }
        catch (OperationCanceledException) when (keeper.Lost && !cancellationToken.IsCancellationRequested)
        {
            // Another instance holds the conversation now and goes on from its oldest pending turn.
        }

        return !keeper.Lost;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Turns of conversation {ConversationId} left to the instance holding its lease")]
    private partial void LogLeftToHolder(string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lease on conversation {ConversationId} ran out while its turns ran and another instance took it; its turns go on there")]
    private partial void LogLeaseLost(string conversationId);
}
