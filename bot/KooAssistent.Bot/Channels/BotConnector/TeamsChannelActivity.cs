using System.Text.Json;
using KooAssistent.Conversation.Activities;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// Recognises an activity from a channel of a team in Microsoft Teams (<c>channelData.team</c>, or
/// <c>conversation.conversationType</c> <c>channel</c>; https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events).
/// A team's channel is where a Buurtteam's workers are, never a resident's conversation. Pure.
/// </summary>
public static class TeamsChannelActivity
{
    public const string Channel = "msteams";

    private const int MaxLoggedLength = 256;

    /// <summary>The channel it came from, or null for anything else (a personal or group chat, another channel).</summary>
    public static TeamsChannelSighting? Read(Activity posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        if (!string.Equals(posted.ChannelId, Channel, StringComparison.Ordinal) || posted.Conversation?.Id is not { } conversationId)
        {
            return null;
        }

        var data = posted.ChannelData is { ValueKind: JsonValueKind.Object } channelData ? channelData : default;
        var teamId = Text(data, "team", "id");
        if (teamId is null && !string.Equals(posted.Conversation.ConversationType, "channel", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The channel chosen when the app was added, the channel of a message, or else the conversation itself (the
        // team's General channel at install) without the ";messageid=" of a thread.
        var channel = Text(data, "settings", "selectedChannel", "id") ?? Text(data, "channel", "id") ?? conversationId.Split(';')[0];
        var botAdded = posted.Type == ActivityTypes.ConversationUpdate && posted.Recipient?.Id is { } bot && posted.MembersAdded?.Any(member => member.Id == bot) == true;
        return new TeamsChannelSighting(
            posted.Type, Printable(teamId ?? "?"), Text(data, "team", "name") is { } name ? Printable(name) : null, Printable(channel), Printable(posted.ServiceUrl ?? "?"), botAdded);
    }

    private static string? Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } text ? text : null;
    }

    // These values go into the log as they came; a line break or an endless string must not shape it.
    private static string Printable(string value)
    {
        var kept = new string([.. value.Where(character => !char.IsControl(character))]);
        return kept.Length <= MaxLoggedLength ? kept : kept[..MaxLoggedLength];
    }
}
