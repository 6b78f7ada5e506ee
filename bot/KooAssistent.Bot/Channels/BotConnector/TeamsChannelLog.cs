namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// What the bot says when it hears from a team's Teams channel: the ids an operator copies into
/// <c>BotConnector:TeamsNotifications</c>, at Information, since they name a team and a channel and nobody's words.
/// </summary>
public static partial class TeamsChannelLog
{
    public static void Seen(ILogger logger, TeamsChannelSighting sighting)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        if (sighting.BotAdded)
        {
            LogAdded(logger, sighting.TeamId, sighting.TeamName ?? "?", sighting.ChannelConversationId, sighting.ServiceUrl);
        }
        else if (sighting.Type == Conversation.Activities.ActivityTypes.Message)
        {
            LogMentioned(logger, sighting.TeamId, sighting.ChannelConversationId, sighting.ServiceUrl);
        }
        else
        {
            LogOther(logger, sighting.Type, sighting.TeamId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams: the bot was added to team {TeamId} ({TeamName}). For notifications of new tickets in its channel set BotConnector:TeamsNotifications:<Buurtteam>:ConversationId={ConversationId} and :ServiceUrl={ServiceUrl}")]
    private static partial void LogAdded(ILogger logger, string teamId, string teamName, string conversationId, string serviceUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams: a message to the bot in channel {ConversationId} of team {TeamId} (service URL {ServiceUrl}); a team's channel is for notifications, so it is not answered or stored")]
    private static partial void LogMentioned(ILogger logger, string teamId, string conversationId, string serviceUrl);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Teams: {Type} in a channel of team {TeamId} acknowledged; nothing stored")]
    private static partial void LogOther(ILogger logger, string type, string teamId);
}
