using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// Checks the bearer token the Bot Connector service puts on every activity, as its authentication reference demands
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication, "Connector to
/// bot"): a JWT signed RS256 with a key from the published JWKS, <c>iss</c> the Bot Framework's, <c>aud</c> this bot's
/// app id, inside its lifetime with 5 minutes' skew, the signing key endorsed for the activity's channel, and the
/// <c>serviceurl</c> claim equal to the activity's <c>serviceUrl</c> — so a token captured for one channel or one
/// service URL cannot make the bot send its own app token somewhere else.
/// A token whose <c>iss</c> is one of Entra ID's Emulator issuers is checked by the Emulator's rules instead
/// (<see cref="EmulatorTokenRules"/>), against Entra ID's keys.
/// </summary>
public sealed class ChannelTokenValidator(
    ChannelSigningKeys keys,
    [FromKeyedServices(ChannelSigningKeys.Emulator)] ChannelSigningKeys emulatorKeys,
    IOptions<BotConnectorOptions> options,
    TimeProvider clock)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const int MaxTokenLength = 16 * 1024;

    private readonly JsonWebTokenHandler handler = new() { MaximumTokenSizeInBytes = MaxTokenLength };

    public async Task<ChannelTokenVerdict> ValidateAsync(string? authorization, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal) || authorization.Length > MaxTokenLength)
        {
            return ChannelTokenVerdict.Refused("no bearer token");
        }

        if (string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(serviceUrl))
        {
            return ChannelTokenVerdict.Refused("activity without channelId or serviceUrl");
        }

        var token = authorization["Bearer ".Length..].Trim();
        JsonWebToken parsed;
        try
        {
            parsed = handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return ChannelTokenVerdict.Refused("not a JWT");
        }

        if (parsed.Alg != SecurityAlgorithms.RsaSha256)
        {
            return ChannelTokenVerdict.Refused("algorithm is not RS256");
        }

        var settings = options.Value;

        // The issuer read before the signature is checked only chooses the rules; each set checks it again.
        if (settings.AcceptEmulatorTokens && settings.EmulatorIssuers.Contains(parsed.Issuer))
        {
            return await ValidateEmulatorAsync(parsed, channelId, settings, cancellationToken);
        }

        if (string.IsNullOrEmpty(parsed.Kid) || await keys.FindAsync(parsed.Kid, cancellationToken) is not { } key)
        {
            return ChannelTokenVerdict.Refused("unknown signing key");
        }

        var result = await handler.ValidateTokenAsync(parsed, Parameters([settings.ChannelTokenIssuer], settings.MicrosoftAppId, key));
        if (!result.IsValid)
        {
            return ChannelTokenVerdict.Refused(result.Exception?.GetType().Name ?? "invalid");
        }

        // The SDK's EndorsementsValidator lets a key without endorsements through; every key Bot Framework publishes has
        // them, so a key without any is refused here (fail closed).
        if (!key.Endorsements.Contains(channelId))
        {
            return ChannelTokenVerdict.Refused("signing key not endorsed for the channel");
        }

        if (!parsed.TryGetPayloadValue<string>("serviceurl", out var claimed) || !string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return ChannelTokenVerdict.Refused("serviceurl claim does not match the activity");
        }

        return ChannelTokenVerdict.Accepted;
    }

    /// <summary>
    /// The Emulator gets its token from Entra ID with the bot's own app id and secret, for the scope
    /// <c>{appId}/.default</c>: signed with Entra ID's keys, <c>aud</c> and <c>appid</c>/<c>azp</c> the bot's app id,
    /// and no <c>serviceurl</c> claim (whoever holds it holds the bot's credentials already).
    /// </summary>
    private async Task<ChannelTokenVerdict> ValidateEmulatorAsync(JsonWebToken parsed, string channelId, BotConnectorOptions settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(parsed.Kid) || await emulatorKeys.FindAsync(parsed.Kid, cancellationToken) is not { } key)
        {
            return ChannelTokenVerdict.Refused("unknown signing key (Emulator token)");
        }

        var result = await handler.ValidateTokenAsync(parsed, Parameters(settings.EmulatorIssuers, settings.MicrosoftAppId, key));
        if (!result.IsValid)
        {
            return ChannelTokenVerdict.Refused((result.Exception?.GetType().Name ?? "invalid") + " (Emulator token)");
        }

        // Entra ID's keys carry no endorsements; the SDK checks them only where a key has some.
        if (key.Endorsements.Count > 0 && !key.Endorsements.Contains(channelId))
        {
            return ChannelTokenVerdict.Refused("signing key not endorsed for the channel (Emulator token)");
        }

        return EmulatorTokenRules.Check(parsed, settings.MicrosoftAppId);
    }

    private TokenValidationParameters Parameters(IEnumerable<string> issuers, string audience, ChannelSigningKey key) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = audience,
        IssuerSigningKey = key.Key,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = Lifetime,
    };

    // The handler's own lifetime check reads the machine clock; this one reads the injected clock, with the same skew.
    private bool Lifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return expires is { } end && now <= end.Add(ClockSkew) && (notBefore is not { } start || now >= start.Subtract(ClockSkew));
    }
}
