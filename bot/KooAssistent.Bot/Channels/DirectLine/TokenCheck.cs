namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>The outcome of checking a token: the caller when valid, and whether an invalid token had only expired.</summary>
public sealed record TokenCheck(TokenVerdict Verdict, DirectLineCaller? Caller)
{
    public static TokenCheck Expired { get; } = new(TokenVerdict.Expired, null);

    public static TokenCheck Invalid { get; } = new(TokenVerdict.Invalid, null);

    public static TokenCheck Valid(DirectLineCaller caller) => new(TokenVerdict.Valid, caller);
}
