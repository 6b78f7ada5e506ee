using System.Text.Json;
using KooAssistent.Conversation.Activities;
using KooAssistent.Storage.WhatsApp;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// Reads the <c>messages</c> and <c>statuses</c> of a webhook body. Text and interactive replies (button and list)
/// become text, the title the resident tapped, which the brain matches against the buttons it offered. A delivery
/// that does not have Meta's shape (an entry that is not an object, a message without id, a timestamp no clock can
/// hold, text that is not valid Unicode) is refused as a whole, so nothing of it is stored and nothing acknowledged.
/// </summary>
public static class WhatsAppMessageReader
{
    /// <summary>The largest Unix time a <see cref="DateTimeOffset"/> holds: 9999-12-31T23:59:59Z.</summary>
    private const long LatestUnixSeconds = 253_402_300_799;

    public static WhatsAppDeliveryContent Read(JsonElement root)
    {
        var messages = new List<WhatsAppMessage>();
        var statuses = new List<WhatsAppStatus>();
        if (root.ValueKind != JsonValueKind.Object || !TryItems(root, "entry", out var entries))
        {
            return WhatsAppDeliveryContent.Malformed("The delivery is not an object with an entry list.");
        }

        foreach (var entry in entries)
        {
            if (entry.ValueKind != JsonValueKind.Object || !TryItems(entry, "changes", out var changes))
            {
                return WhatsAppDeliveryContent.Malformed("An entry is not an object with a changes list.");
            }

            foreach (var change in changes)
            {
                if (change.ValueKind != JsonValueKind.Object)
                {
                    return WhatsAppDeliveryContent.Malformed("A change is not an object.");
                }

                if (!change.TryGetProperty("value", out var value))
                {
                    continue;
                }

                if (value.ValueKind != JsonValueKind.Object || !TryItems(value, "messages", out var items) || !TryItems(value, "statuses", out var updates))
                {
                    return WhatsAppDeliveryContent.Malformed("A change's value is not an object with message and status lists.");
                }

                foreach (var item in items)
                {
                    if (Message(item) is not { } message)
                    {
                        return WhatsAppDeliveryContent.Malformed("A message lacks a readable id, sender or timestamp, or holds invalid text.");
                    }

                    messages.Add(message);
                }

                foreach (var update in updates)
                {
                    if (Status(update) is not { } status)
                    {
                        return WhatsAppDeliveryContent.Malformed("A status update lacks a readable id, status or timestamp.");
                    }

                    statuses.Add(status);
                }
            }
        }

        return new WhatsAppDeliveryContent(messages, statuses, Problem: null);
    }

    /// <summary>The activity the turn pipeline stores for a message.</summary>
    public static Activity ToActivity(WhatsAppMessage message, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Activity
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

    private static WhatsAppMessage? Message(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object
            || !TryString(message, "id", out var id) || id is null
            || !TryString(message, "from", out var from) || from is null
            || Timestamp(message) is not { } timestamp
            || !TryString(message, "type", out var type)
            || !TryText(message, type, out var text))
        {
            return null;
        }

        return new WhatsAppMessage(id, from, timestamp, text, text is null ? 1 : 0);
    }

    /// <summary>The text of a message, or null for media and other kinds the bot cannot read; false when the text itself is invalid.</summary>
    private static bool TryText(JsonElement message, string? type, out string? text)
    {
        text = null;
        switch (type)
        {
            case "text" when message.TryGetProperty("text", out var body):
                return TryString(body, "body", out text);
            case "interactive" when message.TryGetProperty("interactive", out var interactive):
                if (!TryString(interactive, "type", out var kind))
                {
                    return false;
                }

                // The id carries the full title the bot offered (a list row's title may be shortened to 24 characters).
                return kind is not ("button_reply" or "list_reply") || !interactive.TryGetProperty(kind, out var reply)
                    || FirstString(reply, "id", "title", out text);
            case "button" when message.TryGetProperty("button", out var button):
                return FirstString(button, "text", "payload", out text);
            default:
                return true;
        }
    }

    private static bool FirstString(JsonElement element, string name, string otherName, out string? value)
    {
        value = null;
        if (!TryString(element, name, out var first) || !TryString(element, otherName, out var second))
        {
            return false;
        }

        value = first ?? second;
        return true;
    }

    private static WhatsAppStatus? Status(JsonElement status)
    {
        if (status.ValueKind != JsonValueKind.Object
            || !TryString(status, "id", out var id) || id is null
            || !TryString(status, "status", out var state) || state is null
            || Timestamp(status) is not { } timestamp
            || !TryItems(status, "errors", out var errors)
            || errors.Any(error => error.ValueKind != JsonValueKind.Object))
        {
            return null;
        }

        // Only the error code is kept, never Meta's message text (which may quote what was sent).
        var error = errors.Count == 0 ? null
            : errors[0].TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number ? code.GetRawText()
            : "error";
        return new WhatsAppStatus(id, state, timestamp, error);
    }

    /// <summary>Meta's Unix seconds, as a string; null when missing or beyond what a clock holds.</summary>
    private static DateTimeOffset? Timestamp(JsonElement element) =>
        TryString(element, "timestamp", out var text) && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds <= LatestUnixSeconds
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>The items of an array property; an empty list when it is missing, false when it is something else.</summary>
    private static bool TryItems(JsonElement element, string name, out List<JsonElement> items)
    {
        items = [];
        if (!element.TryGetProperty(name, out var value))
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        items = [.. value.EnumerateArray()];
        return true;
    }

    /// <summary>
    /// A string property (null when missing or of another type); false when it is a string no .NET string can hold
    /// (a lone surrogate escaped as \ud800), which only a made-up delivery contains.
    /// </summary>
    private static bool TryString(JsonElement element, string name, out string? value)
    {
        value = null;
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var property) || property.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        try
        {
            value = property.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
