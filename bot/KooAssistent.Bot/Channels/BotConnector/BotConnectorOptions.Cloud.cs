namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The addresses the settings add up to: a key set under the SDK's name or its earlier name, else the value of the
/// cloud <see cref="ChannelService"/> names. The validator refuses a <c>ChannelService</c> the SDK does not know and
/// two names of one setting with different values, so these are only read from valid settings.
/// </summary>
public sealed partial class BotConnectorOptions
{
    public BotFrameworkCloud Cloud => BotFrameworkCloud.Find(ChannelService) ?? BotFrameworkCloud.Public;

    /// <summary>Where the channel tokens' signing keys are published.</summary>
    public Uri ChannelMetadataUrl => new(Either(ToBotFromChannelOpenIdMetadataUrl, OpenIdMetadataUrl) ?? Cloud.ChannelOpenIdMetadataUrl);

    /// <summary>The <c>iss</c> every channel token must carry.</summary>
    public string ChannelTokenIssuer => Either(ToBotFromChannelTokenIssuer, TokenIssuer) ?? Cloud.ChannelTokenIssuer;

    /// <summary>Where the Emulator tokens' signing keys are published.</summary>
    public Uri EmulatorMetadataUrl => new(Either(ToBotFromEmulatorOpenIdMetadataUrl, EmulatorOpenIdMetadataUrl) ?? Cloud.EmulatorOpenIdMetadataUrl);

    /// <summary>The issuers an Emulator token may name (see <see cref="EmulatorTokenIssuers"/>).</summary>
    public IReadOnlySet<string> EmulatorIssuers
    {
        get
        {
            if (EmulatorTokenIssuers.Length > 0)
            {
                return new HashSet<string>(EmulatorTokenIssuers, StringComparer.Ordinal);
            }

            var tenants = MicrosoftAppTenantId.Length > 0 ? Cloud.EmulatorTenants.Append(MicrosoftAppTenantId) : Cloud.EmulatorTenants;
            return tenants.SelectMany(Cloud.EntraIssuersOf).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>The token endpoint for replies.</summary>
    public Uri TokenEndpoint
    {
        get
        {
            const string TokenPath = "/oauth2/v2.0/token";
            var authority = (ToChannelFromBotLoginUrl.Length > 0
                ? ToChannelFromBotLoginUrl
                : $"{Cloud.LoginEndpoint}/{(IsSingleTenant ? MicrosoftAppTenantId : Cloud.MultiTenantLoginTenant)}").TrimEnd('/');
            return new Uri(authority.EndsWith(TokenPath, StringComparison.OrdinalIgnoreCase) ? authority : authority + TokenPath);
        }
    }

    /// <summary>The resource a managed identity's token is asked for: the scope without <c>/.default</c>.</summary>
    public string TokenResource => TokenScope[..^"/.default".Length];

    public string TokenScope
    {
        get
        {
            var scope = ToChannelFromBotOAuthScope.Length > 0 ? ToChannelFromBotOAuthScope : Cloud.OAuthScope;
            return scope.EndsWith("/.default", StringComparison.Ordinal) ? scope : scope.TrimEnd('/') + "/.default";
        }
    }

    /// <summary>The SDK's name of a setting wins over its earlier name; null when neither is set.</summary>
    private static string? Either(string sdkName, string formerName) =>
        sdkName.Length > 0 ? sdkName : formerName.Length > 0 ? formerName : null;
}
