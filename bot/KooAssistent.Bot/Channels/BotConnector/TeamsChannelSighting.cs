namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// Where an activity from a team's Teams channel came from: the team, the channel's conversation id and the service
/// URL to post to it, and whether it told that the bot was added to the team. Ids of Teams and its channels are not
/// personal data; what the workers wrote is not kept here.
/// </summary>
public sealed record TeamsChannelSighting(string Type, string TeamId, string? TeamName, string ChannelConversationId, string ServiceUrl, bool BotAdded);
