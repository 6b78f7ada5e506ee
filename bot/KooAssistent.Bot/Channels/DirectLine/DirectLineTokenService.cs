using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks the bot's own Direct Line tokens: JWTs (HS256) bound to one conversation and one user id.
/// Web Chat decodes the token without verifying it and takes its <c>user</c> claim as the resident's id, so the
/// claim names follow the real Direct Line service.
/// </summary>
public sealed class DirectLineTokenService
{
    private const string Issuer = "kooassistent";
    private const string Audience = "kooassistent/directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";
    private const string KindClaim = "knd";
    private const int MaximumTokenLength = 4096;

    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials credentials;
    private readonly TokenValidationParameters validation;
    private readonly DirectLineOptions options;
    private readonly TimeProvider clock;

    public DirectLineTokenService(TokenSigningKey key, IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.clock = clock;
        var securityKey = new SymmetricSecurityKey(key.Bytes);
        credentials = new SigningCredentials(securityKey, SecurityAlgorithms.HmacSha256);
        validation = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = securityKey,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            LifetimeValidator = IsWithinLifetime,
        };
    }

    public IssuedToken Issue(DirectLineCaller caller, TokenKind kind)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var now = clock.GetUtcNow();
        var lifetime = kind == TokenKind.Stream ? options.StreamTicketLifetime : options.TokenLifetime;
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = credentials,
            Claims = new Dictionary<string, object>
            {
                [ConversationClaim] = caller.ConversationId,
                [UserClaim] = caller.UserId,
                [KindClaim] = KindName(kind),
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
        });
        return new IssuedToken(token, (int)lifetime.TotalSeconds);
    }

    public async Task<TokenCheck> CheckAsync(string? token, TokenKind expectedKind)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaximumTokenLength)
        {
            return TokenCheck.Invalid;
        }

        var result = await handler.ValidateTokenAsync(token, validation);
        if (!result.IsValid)
        {
            return result.Exception is SecurityTokenExpiredException ? TokenCheck.Expired : TokenCheck.Invalid;
        }

        return result.Claims.TryGetValue(KindClaim, out var kind) && Equals(kind, KindName(expectedKind))
            && result.Claims.TryGetValue(ConversationClaim, out var conversation) && conversation is string conversationId
            && result.Claims.TryGetValue(UserClaim, out var user) && user is string userId
            && result.Claims.TryGetValue(JwtRegisteredClaimNames.Jti, out var id) && id is string tokenId
                ? TokenCheck.Valid(new DirectLineCaller(conversationId, userId), tokenId, new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero))
                : TokenCheck.Invalid;
    }

    private static string KindName(TokenKind kind) => kind == TokenKind.Stream ? "stream" : "conversation";

    // Lifetime is judged by the injected clock, so tests can move time instead of waiting for it.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (expires is null || now >= expires.Value)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires ?? DateTime.MinValue };
        }

        return true;
    }
}
