using KooAssistent.Storage;
using KooAssistent.Storage.BotConnector;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// What to do with an activity the channel delivered: store it (starting a turn or not), acknowledge and drop it,
/// answer an <c>invoke</c> at once without storing it, log where a Teams channel is, or refuse it.
/// </summary>
public sealed record ConnectorActivityOutcome
{
    private ConnectorActivityOutcome()
    {
    }

    public ConnectorReference? Reference { get; private init; }

    /// <summary>The activity to store and answer; null when the channel only told the bot the conversation exists.</summary>
    public InboundActivity? Inbound { get; private init; }

    public string? Problem { get; private init; }

    /// <summary>An <c>invoke</c>: the channel waits for its InvokeResponse in the HTTP answer itself.</summary>
    public bool Invoke { get; private init; }

    /// <summary>An activity from a team's Teams channel: the workers' place, stored nowhere; its ids are for the log.</summary>
    public TeamsChannelSighting? TeamsChannel { get; private init; }

    public bool Ignored => Reference is null && Problem is null && !Invoke && TeamsChannel is null;

    public static ConnectorActivityOutcome Accept(ConnectorReference reference, InboundActivity? inbound) => new() { Reference = reference, Inbound = inbound };

    public static ConnectorActivityOutcome Ignore() => new();

    public static ConnectorActivityOutcome AnswerInvoke() => new() { Invoke = true };

    public static ConnectorActivityOutcome FromTeamsChannel(TeamsChannelSighting sighting) => new() { TeamsChannel = sighting };

    public static ConnectorActivityOutcome Refuse(string problem) => new() { Problem = problem };
}
