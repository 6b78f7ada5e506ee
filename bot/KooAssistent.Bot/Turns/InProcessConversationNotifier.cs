using System.Collections.Concurrent;
using System.Collections.Immutable;
using KooAssistent.Conversation.Activities;
using KooAssistent.Storage.Changes;

namespace KooAssistent.Bot.Turns;

/// <summary>
/// Signals travel in memory to listeners in this process; changes from other instances reach it through the change
/// feed as from this one.
/// </summary>
public sealed class InProcessConversationNotifier : IConversationNotifier, IChangeSubscriber
{
    private readonly ConcurrentDictionary<string, ImmutableList<ConversationSubscription>> listeners = new(StringComparer.Ordinal);

    /// <summary>Conversations with at least one listener; an entry goes with its last listener.</summary>
    internal int ListenedConversations => listeners.Count;

    public void OnChange(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Kind == ChangeKind.Conversation && listeners.TryGetValue(change.ConversationId!, out var subscriptions))
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Committed(change.Stored);
            }
        }
        else if (change.Kind == ChangeKind.Everything)
        {
            foreach (var subscription in listeners.Values.SelectMany(subscriptions => subscriptions))
            {
                subscription.Committed(stored: null);
            }
        }
    }

    public void Ephemeral(string conversationId, Activity activity)
    {
        if (listeners.TryGetValue(conversationId, out var subscriptions))
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Ephemeral(activity);
            }
        }
    }

    public ConversationSubscription Subscribe(string conversationId)
    {
        var subscription = new ConversationSubscription(conversationId, Unsubscribe);
        listeners.AddOrUpdate(conversationId, _ => [subscription], (_, existing) => existing.Add(subscription));
        return subscription;
    }

    private void Unsubscribe(ConversationSubscription subscription)
    {
        while (listeners.TryGetValue(subscription.ConversationId, out var existing))
        {
            var remaining = existing.Remove(subscription);
            var done = remaining.IsEmpty
                ? listeners.TryRemove(KeyValuePair.Create(subscription.ConversationId, existing))
                : listeners.TryUpdate(subscription.ConversationId, remaining, existing);
            if (done)
            {
                return;
            }
        }
    }
}
