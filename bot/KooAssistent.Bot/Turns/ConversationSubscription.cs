using System.Threading.Channels;
using KooAssistent.Conversation.Activities;
using KooAssistent.Storage;

namespace KooAssistent.Bot.Turns;

/// <summary>One listener on one conversation; dispose it to stop listening.</summary>
public sealed class ConversationSubscription : IDisposable
{
    private readonly Channel<Signal> signals;
    private readonly Action<ConversationSubscription> unsubscribe;

    // Set when a signal was dropped: the next wake then asks for a read of the store, whatever the others carried.
    private int dropped;

    internal ConversationSubscription(string conversationId, Action<ConversationSubscription> unsubscribe)
    {
        ConversationId = conversationId;
        this.unsubscribe = unsubscribe;

        // Bounded so a stalled listener cannot grow memory; dropping is safe because a wake after a drop re-reads the store.
        signals = Channel.CreateBounded<Signal>(
            new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => Volatile.Write(ref dropped, 1));
    }

    public string ConversationId { get; }

    /// <summary>Waits until something happens or <paramref name="timeout"/> passes; null on timeout.</summary>
    public async Task<ConversationWake?> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
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

        List<Activity>? ephemeral = null;
        IReadOnlyList<StoredActivity>? stored = [];
        List<StoredActivity>? merged = null;
        while (signals.Reader.TryRead(out var signal))
        {
            if (signal.Ephemeral is { } activity)
            {
                (ephemeral ??= []).Add(activity);
            }
            else if (signal.Stored is null || stored is null)
            {
                stored = null;
            }
            else if (stored.Count == 0)
            {
                stored = signal.Stored;
            }
            else
            {
                merged ??= [.. stored];
                merged.AddRange(signal.Stored);
                stored = merged;
            }
        }

        if (Interlocked.Exchange(ref dropped, 0) == 1)
        {
            stored = null;
        }

        return new ConversationWake(ephemeral ?? (IReadOnlyList<Activity>)[], stored);
    }

    /// <summary>An activity shown live but never stored.</summary>
    internal void Ephemeral(Activity activity) => signals.Writer.TryWrite(new Signal(activity, null));

    /// <summary>A commit; <paramref name="stored"/> is what it stored, or null when that is not known here.</summary>
    internal void Committed(IReadOnlyList<StoredActivity>? stored) => signals.Writer.TryWrite(new Signal(null, stored));

    public void Dispose() => unsubscribe(this);

    private readonly record struct Signal(Activity? Ephemeral, IReadOnlyList<StoredActivity>? Stored);
}
