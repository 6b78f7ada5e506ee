namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>One inbound WhatsApp message, read into what the turn pipeline needs.</summary>
/// <param name="RejectedAttachments">1 for media, locations, stickers, contacts and reactions: the bot says what it can read.</param>
public sealed record WhatsAppMessage(string MessageId, string WaId, DateTimeOffset Timestamp, string? Text, int RejectedAttachments);
