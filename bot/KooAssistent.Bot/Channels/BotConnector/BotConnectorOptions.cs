using System.Security.Cryptography.X509Certificates;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// Configuration section <c>BotConnector</c>, with the Bot Framework SDK's key names so an Azure Bot registration's
/// settings can be copied as they are. Without <see cref="MicrosoftAppId"/> the channel accepts callers on loopback
/// only (the Bot Framework Emulator without credentials) and sends replies to loopback only.
/// </summary>
public sealed partial class BotConnectorOptions
{
    public const string SectionName = "BotConnector";

    /// <summary>The Azure Instance Metadata Service's token endpoint for managed identities.</summary>
    public const string ImdsTokenEndpoint = "http://169.254.169.254/metadata/identity/oauth2/token";

    public const string SingleTenant = "SingleTenant";
    public const string MultiTenant = "MultiTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>The Azure Bot registration's app id: the audience every channel token must carry.</summary>
    public string MicrosoftAppId { get; set; } = string.Empty;

    /// <summary>The app registration's client secret, for the token that replies carry. A secret: never logged.</summary>
    public string MicrosoftAppPassword { get; set; } = string.Empty;

    /// <summary>
    /// Instead of a password: a PKCS#12 (.pfx) file with the certificate registered on the app and its private key,
    /// which signs the client assertion the token request carries. Read at start; a missing or unreadable file stops the start.
    /// </summary>
    public string MicrosoftAppCertificatePath { get; set; } = string.Empty;

    /// <summary>The password of <see cref="MicrosoftAppCertificatePath"/>. A secret: never logged.</summary>
    public string MicrosoftAppCertificatePassword { get; set; } = string.Empty;

    /// <summary>
    /// Instead of a password or a file: the SHA-1 thumbprint (40 hex digits; spaces and colons are ignored) of the
    /// certificate in the machine's certificate store, imported with its private key. Read at start; a certificate
    /// that is not there or has no private key stops the start.
    /// </summary>
    public string CertificateThumbprint { get; set; } = string.Empty;

    /// <summary>The store <see cref="CertificateThumbprint"/> is looked up in (<c>My</c>: personal certificates).</summary>
    public string CertificateStoreName { get; set; } = "My";

    /// <summary>
    /// <c>CurrentUser</c> (the account the bot runs as; on Linux <c>~/.dotnet/corefx/cryptography/x509stores</c>) or
    /// <c>LocalMachine</c> (Windows; on Linux only its Root and CertificateAuthority stores exist).
    /// </summary>
    public string CertificateStoreLocation { get; set; } = nameof(StoreLocation.CurrentUser);

    /// <summary>The Entra ID tenant of a <c>SingleTenant</c> registration (required then).</summary>
    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    /// <summary>
    /// <c>SingleTenant</c> (what Azure creates since July 2025), <c>MultiTenant</c> (older registrations) or
    /// <c>UserAssignedMSI</c> (the app id is a user-assigned managed identity's client id; no password or certificate).
    /// </summary>
    public string MicrosoftAppType { get; set; } = SingleTenant;

    /// <summary>
    /// Where a <c>UserAssignedMSI</c> bot asks for its token. Empty: App Service's local token service when the platform
    /// sets <c>IDENTITY_ENDPOINT</c> and <c>IDENTITY_HEADER</c> (App Service, Functions, Container Apps), otherwise the
    /// Azure Instance Metadata Service (a VM, AKS).
    /// </summary>
    public string ManagedIdentityEndpoint { get; set; } = string.Empty;

    /// <summary>
    /// The value of App Service's <c>IDENTITY_HEADER</c>, sent as <c>X-IDENTITY-HEADER</c>: set, the managed identity
    /// endpoint is asked with App Service's protocol; empty, with IMDS's. Taken from the environment with
    /// <c>IDENTITY_ENDPOINT</c>. A secret against request forgery: never logged.
    /// </summary>
    public string ManagedIdentityHeader { get; set; } = string.Empty;

    /// <summary>
    /// The cloud, as the SDK's <c>ChannelService</c> names it: empty for the public cloud, <c>https://botframework.azure.us</c>
    /// for the US Government cloud (<see cref="BotFrameworkCloud"/>). It chooses the defaults of every address below.
    /// </summary>
    public string ChannelService { get; set; } = string.Empty;

    /// <summary>Where the channel tokens' signing keys are published. Empty: the cloud's.</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = string.Empty;

    /// <summary>The earlier name of <see cref="ToBotFromChannelOpenIdMetadataUrl"/>, still read.</summary>
    public string OpenIdMetadataUrl { get; set; } = string.Empty;

    /// <summary>The <c>iss</c> every channel token must carry. Empty: the cloud's (<c>https://api.botframework.us</c> in the US government cloud).</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = string.Empty;

    /// <summary>The earlier name of <see cref="ToBotFromChannelTokenIssuer"/>, still read.</summary>
    public string TokenIssuer { get; set; } = string.Empty;

    /// <summary>
    /// Tokens Entra ID issued for the bot's own app id, as the Bot Framework Emulator sends them, are accepted as the
    /// SDK's <c>EmulatorValidation</c> accepts them. Off: only the Bot Connector service's tokens.
    /// </summary>
    public bool AcceptEmulatorTokens { get; set; } = true;

    /// <summary>Where the signing keys of the Emulator's tokens are published (Entra ID's OpenID metadata). Empty: the cloud's.</summary>
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = string.Empty;

    /// <summary>The earlier name of <see cref="ToBotFromEmulatorOpenIdMetadataUrl"/>, still read.</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = string.Empty;

    /// <summary>
    /// The <c>iss</c> values an Emulator token may carry. Empty: the v1 (<c>https://sts.windows.net/{tenant}/</c>) and
    /// v2 (<c>{login endpoint}/{tenant}/v2.0</c>) issuers of the cloud's Emulator tenants and of <see cref="MicrosoftAppTenantId"/>.
    /// </summary>
    public string[] EmulatorTokenIssuers { get; set; } = [];

    /// <summary>
    /// The Entra ID authority the reply token is asked from, with or without <c>/oauth2/v2.0/token</c>. Empty: the
    /// cloud's login endpoint with <see cref="MicrosoftAppTenantId"/> for a single-tenant bot and the cloud's
    /// multi-tenant tenant (<c>botframework.com</c>) for a multi-tenant one.
    /// </summary>
    public string ToChannelFromBotLoginUrl { get; set; } = string.Empty;

    /// <summary>The scope of the reply token (<c>/.default</c> is added when missing). Empty: the cloud's.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = string.Empty;

    /// <summary>
    /// Replies may go to an <c>http</c> service URL on loopback (always allowed in the Development environment): for the
    /// Emulator and for tests. Anywhere else a service URL must be <c>https</c>.
    /// </summary>
    public bool AllowLoopbackServiceUrl { get; set; }

    /// <summary>How often the outbox looks for replies to send, and for tickets to announce in Teams.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Per Buurtteam (its id or name, as accounts take it; <c>onbekend</c> for the shared queue): the Teams channel
    /// told when a ticket starts waiting for that team. Keyed as <c>BotConnector:TeamsNotifications:noord:ConversationId</c>.
    /// </summary>
    public Dictionary<string, TeamsChannelTarget> TeamsNotifications { get; set; } = [];

    /// <summary>
    /// The signing keys are fetched again at most this often when a token names a key the bot has not seen (a key
    /// rotation); more often would let anyone make the bot hammer the metadata endpoint with made-up key ids.
    /// </summary>
    public TimeSpan KeyRefreshMinimumInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The signing keys are fetched again after this long in any case (the SDK's cache holds them 24 hours).</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    public bool HasAppId => MicrosoftAppId.Length > 0;

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase);

    public bool IsManagedIdentity => string.Equals(MicrosoftAppType, UserAssignedMsi, StringComparison.OrdinalIgnoreCase);

    public bool HasCertificateFile => MicrosoftAppCertificatePath.Length > 0;

    public bool HasCertificateInStore => CertificateThumbprint.Length > 0;

    public bool HasCertificate => HasCertificateFile || HasCertificateInStore;

    /// <summary>A <c>UserAssignedMSI</c> bot on App Service (or Functions, Container Apps) rather than IMDS.</summary>
    public bool UsesAppServiceIdentity => ManagedIdentityHeader.Length > 0;

    /// <summary>The managed identity's token endpoint: <see cref="ManagedIdentityEndpoint"/>, or IMDS's.</summary>
    public Uri ManagedIdentityTokenEndpoint => new(ManagedIdentityEndpoint.Length > 0 ? ManagedIdentityEndpoint : ImdsTokenEndpoint);

    /// <summary>What the reply token is earned with, for the start-up log (never a value).</summary>
    public string CredentialKind =>
        !HasAppId ? "none"
        : IsManagedIdentity ? UsesAppServiceIdentity ? "managed identity (App Service endpoint)" : "managed identity (IMDS)"
        : HasCertificateInStore ? "certificate from the certificate store"
        : HasCertificateFile ? "certificate file"
        : "client secret";
}
