namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The cloud settings, checked at start by key name: a <c>ChannelService</c> the SDK knows; each setting under one
/// name, or under its SDK name and its earlier name with the same value; addresses that are absolute URLs; and in
/// the US Government cloud no value copied from the public cloud (an <c>appsettings.json</c> made from the example),
/// which would refuse every channel token or ask the wrong Entra ID for the reply token.
/// </summary>
internal static class CloudSettingsCheck
{
    private const string Section = BotConnectorOptions.SectionName;

    public static IEnumerable<string> Failures(BotConnectorOptions options)
    {
        if (BotFrameworkCloud.Find(options.ChannelService) is null)
        {
            yield return $"{Section}:ChannelService must be empty (the public cloud) or {BotFrameworkCloud.UsGovernment.ChannelService} (the US Government cloud); for another cloud leave it empty and set its addresses one by one.";
            yield break;
        }

        var cloud = options.Cloud;
        Setting[] settings =
        [
            new(nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ToBotFromChannelOpenIdMetadataUrl, nameof(options.OpenIdMetadataUrl), options.OpenIdMetadataUrl, true, BotFrameworkCloud.Public.ChannelOpenIdMetadataUrl),
            new(nameof(options.ToBotFromChannelTokenIssuer), options.ToBotFromChannelTokenIssuer, nameof(options.TokenIssuer), options.TokenIssuer, false, BotFrameworkCloud.Public.ChannelTokenIssuer),
            new(nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), options.ToBotFromEmulatorOpenIdMetadataUrl, nameof(options.EmulatorOpenIdMetadataUrl), options.EmulatorOpenIdMetadataUrl, true, BotFrameworkCloud.Public.EmulatorOpenIdMetadataUrl),
            new(nameof(options.ToChannelFromBotLoginUrl), options.ToChannelFromBotLoginUrl, string.Empty, string.Empty, true, BotFrameworkCloud.Public.LoginEndpoint),
            new(nameof(options.ToChannelFromBotOAuthScope), options.ToChannelFromBotOAuthScope, string.Empty, string.Empty, false, BotFrameworkCloud.Public.OAuthScope),
        ];
        foreach (var setting in settings)
        {
            if (setting.Value.Length > 0 && setting.FormerValue.Length > 0 && !string.Equals(setting.Value, setting.FormerValue, StringComparison.Ordinal))
            {
                yield return $"{Section}:{setting.Sdk} and {Section}:{setting.Former} (its earlier name) are both set, to different values; keep one.";
            }

            var value = setting.Value.Length > 0 ? setting.Value : setting.FormerValue;
            var name = setting.Value.Length > 0 ? setting.Sdk : setting.Former;
            if (value.Length > 0 && setting.IsAddress && !(Uri.TryCreate(value, UriKind.Absolute, out var address) && address.Scheme is "https" or "http"))
            {
                yield return $"{Section}:{name} must be an absolute http(s) URL.";
            }

            if (value.Length > 0 && !cloud.IsPublic && value.StartsWith(setting.Public.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{Section}:{name} is the public cloud's value, but {Section}:ChannelService names {cloud.ChannelService}; leave it empty for that cloud's.";
            }
        }
    }

    /// <summary>One setting: its SDK name and value, its earlier name and value (empty when it has none), and the public cloud's value.</summary>
    private sealed record Setting(string Sdk, string Value, string Former, string FormerValue, bool IsAddress, string Public);
}
