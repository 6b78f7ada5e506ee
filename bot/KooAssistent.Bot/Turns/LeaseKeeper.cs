using KooAssistent.Storage;

namespace KooAssistent.Bot.Turns;

/// <summary>
/// Renews a conversation's lease every third of its length while its turns run, and cancels <see cref="Token"/> when
/// the lease turns out to be another instance's: a turn that stalled past the lease (a long pause, a cut network) then
/// stops instead of working beside the new holder. Disposing stops the renewals.
/// </summary>
internal sealed partial class LeaseKeeper : IAsyncDisposable
{
    private readonly CancellationTokenSource stop;
    private readonly CancellationTokenSource lost = new();
    private readonly CancellationTokenSource working;
    private readonly ILogger logger;
    private Task renewing = Task.CompletedTask;

    private LeaseKeeper(ILogger logger, CancellationToken cancellationToken)
    {
        this.logger = logger;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        working = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lost.Token);
    }

    /// <summary>Cancelled when the caller's token is, or when the lease was lost.</summary>
    public CancellationToken Token => working.Token;

    public bool Lost => lost.IsCancellationRequested;

    public static LeaseKeeper Start(
        TurnLeaseStore leases, string conversationId, string holder, TimeSpan leaseFor, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        var keeper = new LeaseKeeper(logger, cancellationToken);
        keeper.renewing = keeper.RenewAsync(leases, conversationId, holder, leaseFor, clock);
        return keeper;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await renewing;
        stop.Dispose();
        working.Dispose();
        lost.Dispose();
    }

    private async Task RenewAsync(TurnLeaseStore leases, string conversationId, string holder, TimeSpan leaseFor, TimeProvider clock)
    {
        // A third: two renewals may fail (a database blip) before the lease runs out.
        var every = leaseFor / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, clock, stop.Token);
                try
                {
                    if (!await leases.RenewAsync(conversationId, holder, leaseFor, stop.Token))
                    {
                        await lost.CancelAsync();
                        return;
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogRenewalFailed(exception, conversationId);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The turns are done, or the instance is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the lease on conversation {ConversationId} failed; trying again at the next renewal")]
    private partial void LogRenewalFailed(Exception exception, string conversationId);
}
