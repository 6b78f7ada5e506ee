using KooAssistent.Storage.Changes;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// Wakes the Teams notifications on the change that tells the staff consoles to reload their queue
/// (<see cref="ChangeKind.Tickets"/>: a ticket opened, claimed, returned; or <see cref="ChangeKind.Everything"/>),
/// from this instance or, on PostgreSQL, another. The change says nothing of the ticket; the outbox reads the store.
/// </summary>
public sealed class TeamsNotificationSignal : IChangeSubscriber, IDisposable
{
    private readonly SemaphoreSlim raised = new(0, 1);

    public void OnChange(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Kind is ChangeKind.Tickets or ChangeKind.Everything && raised.CurrentCount == 0)
        {
            try
            {
                raised.Release();
            }
            catch (SemaphoreFullException)
            {
                // Raised by another change a moment ago: one wake-up is enough.
            }
        }
    }

    /// <summary>Returns when a change came or <paramref name="timeout"/> passed; throws only when the host stops.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken stoppingToken)
    {
        using var timer = new CancellationTokenSource(timeout, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timer.Token);
        try
        {
            await raised.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The interval passed without a change: a round anyway, for retries and changes heard by nobody.
        }
    }

    public void Dispose() => raised.Dispose();
}
