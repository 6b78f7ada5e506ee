using KooAssistent.Conversation.Activities;
using KooAssistent.Storage.BotConnector;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// A stored bot or worker message as the Connector API takes it (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-send-and-receive-messages):
/// <c>from</c> is the bot account the channel addressed, <c>recipient</c> the resident, <c>conversation</c> the
/// channel's own id. Pure. Only what a channel shows is sent: the transcript's ids, channelData and entities stay home.
/// </summary>
public static class ConnectorReplyMapper
{
    /// <summary>Whether the stored activity goes to the channel: bot and worker messages with something to show.</summary>
    public static bool IsDeliverable(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.From?.Role != RoleTypes.User
            && activity.Type == ActivityTypes.Message
            && (activity.Text is { Length: > 0 } || activity.SuggestedActions is not null || activity.Attachments is { Count: > 0 });
    }

    public static Activity Map(Activity stored, ConnectorReference reference, string? replyToId)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(reference);
        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = reference.ChannelId,
            From = new ChannelAccount(reference.BotId, reference.BotName),
            Recipient = new ChannelAccount(reference.UserId),
            Conversation = new ConversationAccount(reference.ConnectorConversationId),
            ReplyToId = replyToId,
            Locale = stored.Locale,
            Text = stored.Text,
            TextFormat = stored.TextFormat,
            Speak = stored.Speak,
            InputHint = stored.InputHint,
            Attachments = stored.Attachments is { Count: > 0 } attachments ? attachments : null,
            AttachmentLayout = stored.AttachmentLayout,
            SuggestedActions = stored.SuggestedActions,
        };
    }
}
