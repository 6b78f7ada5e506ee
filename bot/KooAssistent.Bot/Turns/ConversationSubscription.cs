using System.Threading.Channels;
using KooAssistent.Conversation.Activities;

namespace KooAssistent.Bot.Turns;

/// <summary>One listener on one conversation; dispose it to stop listening.</summary>
public sealed class ConversationSubscription : IDisposable
{
    // Bounded so a stalled listener cannot grow memory; dropping is safe because every wake-up re-reads the store.
    private readonly Channel<Activity?> signals = Channel.CreateBounded<Activity?>(
        new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly Action<ConversationSubscription> unsubscribe;

    internal ConversationSubscription(string conversationId, Action<ConversationSubscription> unsubscribe)
    {
        ConversationId = conversationId;
        this.unsubscribe = unsubscribe;
    }

    public string ConversationId { get; }

    /// <summary>
    /// Waits until something happens or <paramref name="timeout"/> passes. Returns null on timeout, otherwise the
    /// ephemeral activities that arrived (empty when only stored activities changed).
    /// </summary>
    public async Task<IReadOnlyList<Activity>?> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            await signals.Reader.WaitToReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        var ephemeral = new List<Activity>();
        while (signals.Reader.TryRead(out var signal))
        {
            if (signal is not null)
            {
                ephemeral.Add(signal);
            }
        }

        return ephemeral;
    }

    internal void Signal(Activity? ephemeral) => signals.Writer.TryWrite(ephemeral);

    public void Dispose() => unsubscribe(this);
}
