using System.Text.Json;
using KooAssistent.Storage;
using KooAssistent.Bot.Turns;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// Turns what a Direct Line client posted into what the bot stores. Pure: the caller's identity comes from the
/// token, never from the body (<c>from</c> and <c>conversation</c> are overwritten, so nobody can speak as someone
/// else), and only the fields the bot uses are kept.
/// </summary>
public static class ClientActivityMapper
{
    public const string Channel = "directline";
    private const int MaxIdempotencyKeyLength = 128;
    private const int MaxLocaleLength = 35;
    private const int MaxEventNameLength = 128;

    public static ClientActivityOutcome Map(Activity posted, DirectLineCaller caller, int maxTextLength, int rejectedAttachments = 0)
    {
        ArgumentNullException.ThrowIfNull(posted);
        ArgumentNullException.ThrowIfNull(caller);
        if (posted.ChannelData is { ValueKind: not JsonValueKind.Object })
        {
            return ClientActivityOutcome.Refuse(DirectLineErrors.BadArgument("channelData must be a JSON object."));
        }

        switch (posted.Type)
        {
            case ActivityTypes.Message:
                return MapMessage(posted, caller, maxTextLength, rejectedAttachments + (posted.Attachments?.Count ?? 0));
            case ActivityTypes.Event:
                return MapEvent(posted, caller);
            case ActivityTypes.Typing:
                // Never stored: passed on to the console of a worker who has the conversation open.
                return ClientActivityOutcome.Typing();
            case ActivityTypes.ConversationUpdate:
                // Old Web Chat builds post conversationUpdate on connect.
                return ClientActivityOutcome.Ignore();
            default:
                return ClientActivityOutcome.Refuse(DirectLineErrors.BadArgument($"Activities of type '{Truncate(posted.Type, 40)}' are not accepted."));
        }
    }

    private static ClientActivityOutcome MapMessage(Activity posted, DirectLineCaller caller, int maxTextLength, int rejectedAttachments)
    {
        if (posted.Text is { } text && text.Length > maxTextLength)
        {
            return ClientActivityOutcome.Refuse(DirectLineErrors.TooLarge($"A message may hold at most {maxTextLength} characters."));
        }

        if (string.IsNullOrWhiteSpace(posted.Text) && posted.Value is null && rejectedAttachments == 0)
        {
            return ClientActivityOutcome.Refuse(DirectLineErrors.MissingProperty("A message needs text, a value or an attachment."));
        }

        var activity = Recorded(posted, caller) with { Text = posted.Text, Value = posted.Value };
        return ClientActivityOutcome.Accept(new InboundActivity(caller.ConversationId, activity, IdempotencyKey(posted), TurnTrigger.Message, rejectedAttachments));
    }

    private static ClientActivityOutcome MapEvent(Activity posted, DirectLineCaller caller)
    {
        if (string.IsNullOrWhiteSpace(posted.Name))
        {
            return ClientActivityOutcome.Refuse(DirectLineErrors.MissingProperty("An event needs a name."));
        }

        if (posted.Name.Length > MaxEventNameLength)
        {
            return ClientActivityOutcome.Refuse(DirectLineErrors.BadArgument($"An event name may hold at most {MaxEventNameLength} characters."));
        }

        var activity = Recorded(posted, caller) with { Name = posted.Name, Value = posted.Value };
        return ClientActivityOutcome.Accept(new InboundActivity(caller.ConversationId, activity, IdempotencyKey(posted), TurnTrigger.Event));
    }

    /// <summary>The fields every stored client activity keeps; channelData is returned unchanged, as Direct Line promises.</summary>
    private static Activity Recorded(Activity posted, DirectLineCaller caller) => new()
    {
        Type = posted.Type,
        ChannelId = Channel,
        From = new ChannelAccount(caller.UserId, Role: RoleTypes.User),
        Recipient = BotIdentity.Account,
        Conversation = new ConversationAccount(caller.ConversationId),
        Locale = posted.Locale is { Length: <= MaxLocaleLength } locale ? locale : null,
        LocalTimestamp = posted.LocalTimestamp,
        LocalTimezone = posted.LocalTimezone is { Length: <= 64 } zone ? zone : null,
        ReplyToId = posted.ReplyToId is { Length: <= 200 } replyTo ? replyTo : null,
        ChannelData = posted.ChannelData,
    };

    /// <summary>Web Chat puts a random <c>clientActivityID</c> in channelData and resends it on retry.</summary>
    private static string? IdempotencyKey(Activity posted) =>
        posted.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id)
        && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 and <= MaxIdempotencyKeyLength } key
            ? key
            : null;

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
