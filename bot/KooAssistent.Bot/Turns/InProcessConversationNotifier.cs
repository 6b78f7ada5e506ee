using System.Collections.Concurrent;
using System.Collections.Immutable;
using KooAssistent.Conversation.Activities;

namespace KooAssistent.Bot.Turns;

/// <summary>The notifier for a single instance: signals travel in memory and only to listeners in this process.</summary>
public sealed class InProcessConversationNotifier : IConversationNotifier
{
    private readonly ConcurrentDictionary<string, ImmutableList<ConversationSubscription>> listeners = new(StringComparer.Ordinal);

    /// <summary>Conversations with at least one listener; an entry goes with its last listener.</summary>
    internal int ListenedConversations => listeners.Count;

    public void ConversationChanged(string conversationId) => Signal(conversationId, null);

    public void Ephemeral(string conversationId, Activity activity) => Signal(conversationId, activity);

    public ConversationSubscription Subscribe(string conversationId)
    {
        var subscription = new ConversationSubscription(conversationId, Unsubscribe);
        listeners.AddOrUpdate(conversationId, _ => [subscription], (_, existing) => existing.Add(subscription));
        return subscription;
    }

    private void Signal(string conversationId, Activity? ephemeral)
    {
        if (listeners.TryGetValue(conversationId, out var subscriptions))
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Signal(ephemeral);
            }
        }
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
