namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>How a Connector API call ended: accepted, worth retrying later, or refused for good (with the status).</summary>
public sealed record ConnectorSendResult(bool Accepted, bool Permanent, string? Error)
{
    public static ConnectorSendResult Ok { get; } = new(true, false, null);
}
