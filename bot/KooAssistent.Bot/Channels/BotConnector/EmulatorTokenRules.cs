using Microsoft.IdentityModel.JsonWebTokens;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The claims the SDK's <c>EmulatorValidation</c> demands of an Entra ID token once its signature, issuer and lifetime
/// hold: a <c>ver</c> claim; for version 1.0 (or an empty version) the caller's app id in <c>appid</c>, for 2.0 in
/// <c>azp</c>, any other version refused; and that app id must be the bot's own. Pure.
/// </summary>
public static class EmulatorTokenRules
{
    public static ChannelTokenVerdict Check(JsonWebToken token, string appId)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!token.TryGetPayloadValue<string>("ver", out var version))
        {
            return ChannelTokenVerdict.Refused("Emulator token without a ver claim");
        }

        var claim = string.IsNullOrWhiteSpace(version) || version == "1.0" ? "appid" : version == "2.0" ? "azp" : null;
        if (claim is null)
        {
            return ChannelTokenVerdict.Refused("Emulator token of an unknown version");
        }

        if (!token.TryGetPayloadValue<string>(claim, out var caller) || string.IsNullOrEmpty(caller))
        {
            return ChannelTokenVerdict.Refused($"Emulator token without an {claim} claim");
        }

        return string.Equals(caller, appId, StringComparison.Ordinal)
            ? ChannelTokenVerdict.Accepted
            : ChannelTokenVerdict.Refused($"Emulator token whose {claim} is not this bot's app id");
    }
}
