using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Conversation.Replies;
using KooAssistent.Storage.BotConnector;
using KooAssistent.Storage.Tickets;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The post in a Buurtteam's Teams channel that a ticket waits: the Dutch line for its urgency from the reply
/// catalogue, with the team, the ticket's number and a link that opens it in the console. Pure. Nothing the resident
/// wrote or gave (name, phone number, postcode, summary, theme) is in it: a Teams channel has other readers than the
/// console and keeps its messages under its own retention, after the ticket is erased.
/// </summary>
public static class TeamsNotificationMapper
{
    public static Activity Map(TeamsNotice notice, string channelConversationId, ReplyCatalogue replies, Uri consoleAddress)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(replies);
        var line = notice.Urgency switch
        {
            HandoffUrgency.Crisis => ReplyKey.TeamsCrisisTicketWaiting,
            HandoffUrgency.High => ReplyKey.TeamsUrgentTicketWaiting,
            _ => ReplyKey.TeamsTicketWaiting,
        };
        var team = notice.Team == TicketTeams.Unknown ? replies[ReplyKey.TeamsSharedQueue] : notice.Team;
        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = TeamsChannelActivity.Channel,
            Conversation = new ConversationAccount(channelConversationId),
            Locale = "nl-NL",
            TextFormat = TextFormats.Plain,
            Text = replies[line]
                .Replace("{team}", team, StringComparison.Ordinal)
                .Replace("{nummer}", TicketNumber.Format(notice.Number), StringComparison.Ordinal)
                .Replace("{link}", TicketLink(consoleAddress, notice.Number).AbsoluteUri, StringComparison.Ordinal),
        };
    }

    /// <summary>The console at <paramref name="consoleAddress"/> (<c>Staff:PublicBaseUrl</c>) opening the ticket by its number.</summary>
    public static Uri TicketLink(Uri consoleAddress, string number)
    {
        ArgumentNullException.ThrowIfNull(consoleAddress);
        var root = consoleAddress.AbsoluteUri.EndsWith('/') ? consoleAddress : new Uri(consoleAddress.AbsoluteUri + "/");
        return new Uri(root, "staff/index.html?ticket=" + Uri.EscapeDataString(number));
    }
}
