namespace KooAssistent.Storage.BotConnector;

/// <summary>
/// Where a Bot Connector conversation's replies go: the channel, its <c>serviceUrl</c> (taken from a validated token
/// only), the channel's own conversation id, and the bot and user accounts as the channel named them.
/// </summary>
public sealed record ConnectorReference(
    string ConversationId,
    string ChannelId,
    string ServiceUrl,
    string ConnectorConversationId,
    string BotId,
    string? BotName,
    string UserId);
