using KooAssistent.Conversation.Activities;

namespace KooAssistent.Bot.Turns;

/// <summary>
/// Wakes whoever is waiting on a conversation in this process (an open Direct Line stream, a test) when something
/// happened. Committed changes arrive through the change feed (<see cref="KooAssistent.Storage.Changes.IChangeFeed"/>),
/// from this instance or, on PostgreSQL, another. A commit made in this process may carry what it stored; a listener
/// takes that only when it follows what the listener has without a gap (<see cref="ConversationWake.StoredAfter"/>)
/// and re-reads the store otherwise, so a lost or merged signal only delays, never loses.
/// </summary>
public interface IConversationNotifier
{
    /// <summary>An activity that is shown live but never stored (typing); it reaches this instance's listeners only.</summary>
    void Ephemeral(string conversationId, Activity activity);

    ConversationSubscription Subscribe(string conversationId);
}
