namespace KooAssistent.Storage;

/// <summary>The conversation does not exist (never started, or deleted by retention or on request).</summary>
public sealed class ConversationNotFoundException(string conversationId)
    : Exception($"Conversation '{conversationId}' does not exist.")
{
    public string ConversationId { get; } = conversationId;
}
