using System.Text.Json;
using System.Text.Json.Serialization;

namespace KooAssistent.Conversation.Activities;

/// <summary>
/// One Bot Framework activity. Property names serialise to the exact camelCase of the Activity schema
/// (https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md);
/// null properties are omitted because the spec asks senders not to send empty values.
/// </summary>
public sealed record Activity
{
    public required string Type { get; init; }

    public string? Id { get; init; }

    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    public DateTimeOffset? LocalTimestamp { get; init; }

    public string? LocalTimezone { get; init; }

    public string? ChannelId { get; init; }

    public string? ServiceUrl { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ReplyToId { get; init; }

    public string? Locale { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public string? Speak { get; init; }

    public string? Summary { get; init; }

    public string? InputHint { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public string? AttachmentLayout { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    public IReadOnlyList<JsonElement>? Entities { get; init; }

    /// <summary>Channel-specific data; the schema requires an object, never a primitive.</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>Programmatic payload (postBack buttons, event values).</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Name of an <c>event</c> activity.</summary>
    public string? Name { get; init; }

    /// <summary>Code of an <c>endOfConversation</c> activity.</summary>
    public string? Code { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = TextFormats.Markdown,
    };
}
