using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Conversation.Dialog;

/// <summary>
/// The one place the brain is put together, so the bot host and the terminal chat (<c>koo chat</c>) always
/// run the same brain.
/// </summary>
public static class ConversationBrainFactory
{
    public static IConversationBrain Create(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return new HonestFallbackBrain(knowledge.Replies);
    }
}
