namespace KooAssistent.Storage;

/// <summary>The conversation holds as many activities as its channel allows; nothing was stored.</summary>
public sealed class ConversationFullException(string conversationId, int limit)
    : Exception($"Conversation '{conversationId}' holds {limit} activities, its limit.")
{
    public string ConversationId { get; } = conversationId;

    public int Limit { get; } = limit;
}
