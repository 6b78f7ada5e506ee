namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>The outcome of checking a token: the caller when valid, and whether an invalid token had only expired.</summary>
/// <param name="TokenId">The token's own id (<c>jti</c>), by which a stream ticket is used up.</param>
/// <param name="ExpiresAt">When the token stops being valid.</param>
public sealed record TokenCheck(TokenVerdict Verdict, DirectLineCaller? Caller, string? TokenId = null, DateTimeOffset ExpiresAt = default)
{
    public static TokenCheck Expired { get; } = new(TokenVerdict.Expired, null);

    public static TokenCheck Invalid { get; } = new(TokenVerdict.Invalid, null);

    public static TokenCheck Valid(DirectLineCaller caller, string tokenId, DateTimeOffset expiresAt) => new(TokenVerdict.Valid, caller, tokenId, expiresAt);
}
