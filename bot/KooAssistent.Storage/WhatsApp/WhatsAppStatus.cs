namespace KooAssistent.Storage.WhatsApp;

/// <summary>A delivery update for a message the bot sent (sent, delivered, read, failed); never starts a turn.</summary>
public sealed record WhatsAppStatus(string MessageId, string Status, DateTimeOffset Timestamp, string? ErrorCode);
