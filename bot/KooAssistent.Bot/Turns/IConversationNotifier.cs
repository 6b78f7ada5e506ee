using KooAssistent.Conversation.Activities;

namespace KooAssistent.Bot.Turns;

/// <summary>
/// Wakes whoever is waiting on a conversation in this process (an open Direct Line stream, a test) when something
/// happened. Committed changes arrive through the change feed (<see cref="KooAssistent.Storage.Changes.IChangeFeed"/>),
/// from this instance or, on PostgreSQL, another. A signal carries no data that matters for correctness: listeners
/// re-read the store, so a lost or merged signal only delays, never loses.
/// </summary>
public interface IConversationNotifier
{
    /// <summary>An activity that is shown live but never stored (typing); it reaches this instance's listeners only.</summary>
    void Ephemeral(string conversationId, Activity activity);

    ConversationSubscription Subscribe(string conversationId);
}
