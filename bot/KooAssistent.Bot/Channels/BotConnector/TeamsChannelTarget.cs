namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// A Teams channel the bot posts to: the Connector's service URL for the team's region and the channel's
/// conversation id (<c>19:…@thread.tacv2</c>), both as the bot's log names them when it is added to the team.
/// </summary>
public sealed class TeamsChannelTarget
{
    public string ServiceUrl { get; set; } = string.Empty;

    public string ConversationId { get; set; } = string.Empty;
}
