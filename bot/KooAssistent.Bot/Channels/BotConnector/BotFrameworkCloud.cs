namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The Bot Connector's addresses in one Azure cloud, as the Bot Framework SDK knows them: the public cloud
/// (<c>AuthenticationConstants</c>, an empty <c>ChannelService</c>) and the US Government cloud
/// (<c>GovernmentAuthenticationConstants</c>, <c>ChannelService</c> <c>https://botframework.azure.us</c>). The SDK's
/// factory knows no other value; other clouds (the Teams SDK also names DoD and China) are configured key by key.
/// </summary>
/// <param name="LoginEndpoint">Entra ID's host; the reply token comes from <c>{LoginEndpoint}/{tenant}/oauth2/v2.0/token</c>.</param>
/// <param name="MultiTenantLoginTenant">The tenant a multi-tenant bot asks for its token.</param>
/// <param name="EmulatorTenants">The Entra ID tenants whose tokens the SDK's Emulator validation takes in this cloud.</param>
public sealed record BotFrameworkCloud(
    string ChannelService,
    string LoginEndpoint,
    string MultiTenantLoginTenant,
    string OAuthScope,
    string ChannelTokenIssuer,
    string ChannelOpenIdMetadataUrl,
    string EmulatorOpenIdMetadataUrl,
    IReadOnlyList<string> EmulatorTenants)
{
    public static BotFrameworkCloud Public { get; } = new(
        string.Empty,
        "https://login.microsoftonline.com",
        "botframework.com",
        "https://api.botframework.com",
        "https://api.botframework.com",
        "https://login.botframework.com/v1/.well-known/openidconfiguration",
        "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration",
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"]);

    public static BotFrameworkCloud UsGovernment { get; } = new(
        "https://botframework.azure.us",
        "https://login.microsoftonline.us",
        "MicrosoftServices.onmicrosoft.us",
        "https://api.botframework.us",
        "https://api.botframework.us",
        "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration",
        ["cab8a31a-1906-4287-a0d8-4eef66b95f6e", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"]);

    public bool IsPublic => ChannelService.Length == 0;

    /// <summary>The cloud a <c>ChannelService</c> value names (empty: the public cloud); null for a value the SDK does not know.</summary>
    public static BotFrameworkCloud? Find(string? channelService)
    {
        var value = (channelService ?? string.Empty).Trim().TrimEnd('/');
        return value.Length == 0 ? Public
            : string.Equals(value, UsGovernment.ChannelService, StringComparison.OrdinalIgnoreCase) ? UsGovernment
            : null;
    }

    /// <summary>
    /// The <c>iss</c> of Entra ID's v1 (<c>https://sts.windows.net/{tenant}/</c>, in both clouds) and v2
    /// (<c>{LoginEndpoint}/{tenant}/v2.0</c>) tokens of a tenant, as the Emulator's tokens carry them.
    /// </summary>
    public IEnumerable<string> EntraIssuersOf(string tenant) => [$"https://sts.windows.net/{tenant}/", $"{LoginEndpoint}/{tenant}/v2.0"];
}
