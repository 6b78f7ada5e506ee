using KooAssistent.Storage.WhatsApp;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// WhatsApp's 24-hour customer-service window: free-form messages only within 24 hours of the resident's last
/// message. The bot always answers inside it; a worker who replies later is stopped with an explanation (or, when
/// a template is configured, the template is sent instead).
/// </summary>
public sealed class CustomerServiceWindow(WhatsAppStore whatsapp, TimeProvider clock)
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(24);

    /// <summary>Null when a free-form message may go out now; otherwise when the resident last wrote.</summary>
    public async Task<DateTimeOffset?> ClosedSinceAsync(string conversationId, CancellationToken cancellationToken)
    {
        var last = await whatsapp.LastResidentMessageAtAsync(conversationId, cancellationToken);
        return last is { } at && clock.GetUtcNow() - at <= Length ? null : last ?? DateTimeOffset.MinValue;
    }
}
