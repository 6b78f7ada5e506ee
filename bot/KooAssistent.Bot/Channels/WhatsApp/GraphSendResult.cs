namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>How a Graph API call ended: accepted, worth retrying later, or refused for good (with the error code).</summary>
public sealed record GraphSendResult(bool Accepted, bool Permanent, string? Error)
{
    public static GraphSendResult Ok { get; } = new(true, false, null);
}
