namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>Security-relevant Direct Line events. Ids and reasons only: never tokens, message text or addresses.</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line request refused: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A token for conversation {TokenConversationId} was used for conversation {RequestedConversationId}")]
    public static partial void ConversationMismatch(ILogger logger, string tokenConversationId, string requestedConversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream refused for origin {Origin}")]
    public static partial void OriginRefused(ILogger logger, string origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId} rate limited")]
    public static partial void RateLimited(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stream of conversation {ConversationId} replaced by a newer connection")]
    public static partial void StreamSuperseded(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stream of conversation {ConversationId} cut off: the client took no frame within the send timeout")]
    public static partial void StreamStalled(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream of conversation {ConversationId} closed for what the client sent: {Reason}")]
    public static partial void StreamClientRefused(ILogger logger, string conversationId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stream of conversation {ConversationId} ended")]
    public static partial void StreamEnded(ILogger logger, string conversationId);
}
