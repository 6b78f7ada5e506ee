using KooAssistent.Storage;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// What to do with an activity a client posted: store it, acknowledge and drop it (a typing activity is dropped too, after
/// it is passed on to whoever waits to see it), or refuse it.
/// </summary>
public sealed record ClientActivityOutcome
{
    private ClientActivityOutcome()
    {
    }

    public InboundActivity? Inbound { get; private init; }

    /// <summary>Set when the activity is refused; the HTTP error to answer with.</summary>
    public IResult? Refusal { get; private init; }

    public bool Ignored => Inbound is null && Refusal is null;

    /// <summary>The resident is typing: nothing to store, only to show live.</summary>
    public bool IsTyping { get; private init; }

    public static ClientActivityOutcome Accept(InboundActivity inbound) => new() { Inbound = inbound };

    public static ClientActivityOutcome Ignore() => new();

    public static ClientActivityOutcome Typing() => new() { IsTyping = true };

    public static ClientActivityOutcome Refuse(IResult error) => new() { Refusal = error };
}
