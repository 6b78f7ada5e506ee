using KooAssistent.Conversation.Activities;

namespace KooAssistent.Bot.Turns;

/// <summary>
/// Wakes whoever is waiting on a conversation (an open Direct Line stream, a test) when something happened.
/// A signal carries no data that matters for correctness: listeners re-read the store, so a lost or merged
/// signal only delays, never loses. With several instances this becomes PostgreSQL LISTEN/NOTIFY.
/// </summary>
public interface IConversationNotifier
{
    /// <summary>Something was committed for the conversation: new activities, or a turn that completed.</summary>
    void ConversationChanged(string conversationId);

    /// <summary>An activity that is shown live but never stored (typing).</summary>
    void Ephemeral(string conversationId, Activity activity);

    ConversationSubscription Subscribe(string conversationId);
}
