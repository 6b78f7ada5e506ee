using System.Diagnostics;
using System.Text.Json;
using KooAssistent.Storage.WhatsApp;
using Message = KooAssistent.Conversation.Activities.Activity;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// Carries a trace from where a WhatsApp message is stored to where the outbox hands it to Meta: the W3C
/// <c>traceparent</c> (https://www.w3.org/TR/trace-context/#traceparent-header) of the span that stored it rides in
/// the message's channel data, so the Graph API call joins that trace even when a later round, another instance or
/// the process after a restart sends it. Only trace and span ids travel, never what anyone wrote.
/// </summary>
public static class DeliveryTrace
{
    public const string Property = "traceparent";

    /// <summary>The message with the current span's traceparent added to its channel data; unchanged without a span.</summary>
    public static Message Stamp(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Activity.Current is not { IdFormat: ActivityIdFormat.W3C, Id: { } traceparent })
        {
            return message;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (message.ChannelData is { ValueKind: JsonValueKind.Object } data)
            {
                foreach (var property in data.EnumerateObject().Where(property => property.Name != Property))
                {
                    property.WriteTo(json);
                }
            }

            json.WriteString(Property, traceparent);
            json.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return message with { ChannelData = document.RootElement.Clone() };
    }

    /// <summary>
    /// A bot or worker message as it is stored for its channel: stamped where an outbox sends it later (WhatsApp),
    /// unchanged where the resident's own stream picks it up.
    /// </summary>
    public static Message StampForOutbox(string channel, Message message) =>
        channel == WhatsAppConversations.Channel ? Stamp(message) : message;

    /// <summary>The span a stored message was stamped under, or default (a new trace) when it carries none.</summary>
    public static ActivityContext ParentOf(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty(Property, out var value) && value.ValueKind == JsonValueKind.String
            && ActivityContext.TryParse(value.GetString(), traceState: null, isRemote: true, out var parent)
                ? parent
                : default;
    }
}
