using System.Text.Json;
using KooAssistent.Bot.Turns;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Storage;
using KooAssistent.Storage.BotConnector;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// Turns an activity from the Bot Connector service into what the bot stores. Pure. Only the fields the bot uses are
/// kept: the text or button value, the locale, and the channel's activity id (in <c>channelData</c>, for the reply's
/// <c>replyToId</c> and as the idempotency key); the resident's display name and the channel's own channelData
/// (Teams puts tenant and team ids there) are not stored.
/// </summary>
public static class ConnectorActivityMapper
{
    public const string ActivityIdProperty = "botConnectorActivityId";

    private const int MaxIdLength = 1024;
    private const int MaxLocaleLength = 35;

    public static ConnectorActivityOutcome Map(Activity posted, int maxTextLength)
    {
        ArgumentNullException.ThrowIfNull(posted);
        if (posted.Conversation?.Id is not { Length: > 0 and <= MaxIdLength } connectorConversationId
            || posted.From?.Id is not { Length: > 0 and <= MaxIdLength } userId
            || posted.Recipient?.Id is not { Length: > 0 and <= MaxIdLength } botId
            || posted.ChannelId is not { Length: > 0 and <= 64 } channelId
            || posted.ServiceUrl is not { Length: > 0 and <= MaxIdLength } serviceUrl)
        {
            return ConnectorActivityOutcome.Refuse("An activity needs channelId, serviceUrl, conversation.id, from.id and recipient.id.");
        }

        if (posted.Type != ActivityTypes.Invoke && TeamsChannelActivity.Read(posted) is { } sighting)
        {
            // The bot added to a team, or a worker mentioning it in a channel: not a resident, so no conversation.
            return ConnectorActivityOutcome.FromTeamsChannel(sighting);
        }

        var conversationId = ConnectorConversationIds.For(channelId, connectorConversationId);
        var reference = new ConnectorReference(conversationId, channelId, serviceUrl, connectorConversationId, botId, Truncate(posted.Recipient.Name, 128), userId);
        switch (posted.Type)
        {
            case ActivityTypes.Message:
                if (posted.Text is { } text && text.Length > maxTextLength)
                {
                    return ConnectorActivityOutcome.Refuse($"A message may hold at most {maxTextLength} characters.");
                }

                var attachments = posted.Attachments?.Count ?? 0;
                if (string.IsNullOrWhiteSpace(posted.Text) && posted.Value is null && attachments == 0)
                {
                    return ConnectorActivityOutcome.Refuse("A message needs text, a value or an attachment.");
                }

                if (posted.Id is not { Length: > 0 and <= MaxIdLength } activityId)
                {
                    return ConnectorActivityOutcome.Refuse("A message needs the channel's id.");
                }

                var activity = new Activity
                {
                    Type = ActivityTypes.Message,
                    ChannelId = channelId,
                    From = new ChannelAccount(userId, Role: RoleTypes.User),
                    Recipient = BotIdentity.Account,
                    Conversation = new ConversationAccount(conversationId),
                    Locale = posted.Locale is { Length: <= MaxLocaleLength } locale ? locale : null,
                    LocalTimestamp = posted.LocalTimestamp,
                    Text = posted.Text,
                    Value = posted.Value is { ValueKind: JsonValueKind.Object } value ? value : null,
                    ChannelData = JsonSerializer.SerializeToElement(
                        new Dictionary<string, string> { [ActivityIdProperty] = activityId },
                        ConnectorJsonContext.Default.DictionaryStringString),
                };

                // Attachments are not taken in (as on Direct Line): the resident is told the file did not arrive.
                return ConnectorActivityOutcome.Accept(reference, new InboundActivity(conversationId, activity, "bc:" + activityId, TurnTrigger.Message, attachments));
            case ActivityTypes.ConversationUpdate:
                // The bot (or the resident) joined: the conversation starts and the welcome goes out.
                return ConnectorActivityOutcome.Accept(reference, null);
            case ActivityTypes.Invoke:
                // Teams' Action.Execute, task modules, message extensions, sign-in: the bot sends no card that invokes it.
                return ConnectorActivityOutcome.AnswerInvoke();
            default:
                // typing, messageReaction, installationUpdate, ...: acknowledged, nothing to do.
                return ConnectorActivityOutcome.Ignore();
        }
    }

    /// <summary>The channel's id of a stored resident activity, for <c>replyToId</c>; null for anything else.</summary>
    public static string? ChannelActivityId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(ActivityIdProperty, out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
