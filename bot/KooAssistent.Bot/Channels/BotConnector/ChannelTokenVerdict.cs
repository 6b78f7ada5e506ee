namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>Whether a channel's bearer token may deliver this activity; <see cref="Reason"/> is for the log only (never the token).</summary>
public sealed record ChannelTokenVerdict(bool Valid, string Reason)
{
    public static ChannelTokenVerdict Accepted { get; } = new(true, "valid");

    public static ChannelTokenVerdict Refused(string reason) => new(false, reason);
}
