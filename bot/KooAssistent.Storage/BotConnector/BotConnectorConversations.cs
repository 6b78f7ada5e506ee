namespace KooAssistent.Storage.BotConnector;

/// <summary>The Bot Connector channel's name on conversations (the channel's own id, e.g. <c>msteams</c>, is kept beside it).</summary>
public static class BotConnectorConversations
{
    public const string Channel = "botconnector";
}
