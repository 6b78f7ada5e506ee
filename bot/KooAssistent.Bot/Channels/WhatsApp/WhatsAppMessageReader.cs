using System.Text.Json;
using KooAssistent.Conversation.Activities;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>One inbound WhatsApp message, read into what the turn pipeline needs.</summary>
/// <param name="RejectedAttachments">1 for media, locations, stickers, contacts and reactions: the bot says what it can read.</param>
public sealed record WhatsAppMessage(string MessageId, string WaId, DateTimeOffset Timestamp, string? Text, int RejectedAttachments);

/// <summary>
/// Reads the <c>messages</c> and <c>statuses</c> of a webhook body. Text and interactive replies (button and list)
/// become text, the title the resident tapped, which the brain matches against the buttons it offered.
/// </summary>
public static class WhatsAppMessageReader
{
    public static (IReadOnlyList<WhatsAppMessage> Messages, IReadOnlyList<WhatsAppStatus> Statuses) Read(JsonElement root)
    {
        var messages = new List<WhatsAppMessage>();
        var statuses = new List<WhatsAppStatus>();
        if (!root.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return (messages, statuses);
        }

        foreach (var entry in entries.EnumerateArray())
        {
            if (!entry.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var change in changes.EnumerateArray())
            {
                if (!change.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                if (value.TryGetProperty("messages", out var items) && items.ValueKind == JsonValueKind.Array)
                {
                    messages.AddRange(items.EnumerateArray().Select(Message).OfType<WhatsAppMessage>());
                }

                if (value.TryGetProperty("statuses", out var updates) && updates.ValueKind == JsonValueKind.Array)
                {
                    statuses.AddRange(updates.EnumerateArray().Select(Status).OfType<WhatsAppStatus>());
                }
            }
        }

        return (messages, statuses);
    }

    private static WhatsAppMessage? Message(JsonElement message)
    {
        var id = String(message, "id");
        var from = String(message, "from");
        if (id is null || from is null)
        {
            return null;
        }

        var timestamp = long.TryParse(String(message, "timestamp"), out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.UnixEpoch;
        var type = String(message, "type");
        string? text = type switch
        {
            "text" => message.TryGetProperty("text", out var body) ? String(body, "body") : null,
            "interactive" when message.TryGetProperty("interactive", out var interactive) => String(interactive, "type") switch
            {
                // The id carries the full title the bot offered (a list row's title may be shortened to 24 characters).
                "button_reply" when interactive.TryGetProperty("button_reply", out var reply) => String(reply, "id") ?? String(reply, "title"),
                "list_reply" when interactive.TryGetProperty("list_reply", out var reply) => String(reply, "id") ?? String(reply, "title"),
                _ => null,
            },
            "button" when message.TryGetProperty("button", out var button) => String(button, "text") ?? String(button, "payload"),
            _ => null,
        };
        var rejected = text is null ? 1 : 0;
        return new WhatsAppMessage(id, from, timestamp, text, rejected);
    }

    private static WhatsAppStatus? Status(JsonElement status)
    {
        var id = String(status, "id");
        var state = String(status, "status");
        if (id is null || state is null)
        {
            return null;
        }

        var timestamp = long.TryParse(String(status, "timestamp"), out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.UnixEpoch;
        string? error = null;
        if (status.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            error = first.TryGetProperty("code", out var code) ? code.ToString() : "error";
        }

        return new WhatsAppStatus(id, state, timestamp, error);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The activity the turn pipeline stores for a message.</summary>
    public static Activity ToActivity(WhatsAppMessage message, string conversationId) => new()
    {
        Type = ActivityTypes.Message,
        Text = message.Text,
        ChannelId = WhatsAppConversations.Channel,
        From = new ChannelAccount(message.WaId, Role: RoleTypes.User),
        Conversation = new ConversationAccount(conversationId),
        Locale = "nl-NL",

        // Kept so the outbox can mark the message as read when it answers.
        ChannelData = JsonDocument.Parse($"{{\"whatsappMessageId\":\"{JsonEncodedText.Encode(message.MessageId)}\"}}").RootElement.Clone(),
    };
}

/// <summary>A delivery update for a message the bot sent (sent, delivered, read, failed); never starts a turn.</summary>
public sealed record WhatsAppStatus(string MessageId, string Status, DateTimeOffset Timestamp, string? ErrorCode);
