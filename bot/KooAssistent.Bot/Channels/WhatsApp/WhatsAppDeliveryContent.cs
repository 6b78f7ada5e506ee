using KooAssistent.Storage.WhatsApp;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>The messages and status updates of one webhook delivery, or why it cannot be read (then none of it is used).</summary>
public sealed record WhatsAppDeliveryContent(IReadOnlyList<WhatsAppMessage> Messages, IReadOnlyList<WhatsAppStatus> Statuses, string? Problem)
{
    public static WhatsAppDeliveryContent Malformed(string problem) => new([], [], problem);
}
