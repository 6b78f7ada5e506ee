using System.Net;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The token request of a user-assigned managed identity: a GET with the resource (the scope without <c>/.default</c>)
/// and the identity's client id, in one of two protocols. Pure.
/// <list type="bullet">
/// <item>App Service, Functions and Container Apps: <c>GET {IDENTITY_ENDPOINT}?resource=…&amp;api-version=2019-08-01&amp;client_id=…</c>
/// with <c>X-IDENTITY-HEADER: {IDENTITY_HEADER}</c>; the answer has <c>expires_on</c> (Unix seconds, as a string) and
/// no <c>expires_in</c>. Source: https://learn.microsoft.com/azure/app-service/overview-managed-identity, "REST
/// endpoint reference" (MicrosoftDocs/azure-docs, articles/app-service/overview-managed-identity.md).</item>
/// <item>The Azure Instance Metadata Service on a VM or AKS node:
/// <c>GET http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&amp;resource=…&amp;client_id=…</c>
/// with <c>Metadata: true</c>; the answer has <c>expires_in</c> and <c>expires_on</c>, both strings. Its error table
/// says to retry 404 (IMDS is updating), 429 and 5xx (after at least a second) and not other 4xx. Source:
/// https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/how-to-use-vm-token (MicrosoftDocs/azure-docs,
/// articles/active-directory/managed-identities-azure-resources/how-to-use-vm-token.md, "Error handling").</item>
/// </list>
/// Both headers are there against server-side request forgery: a page that tricks the bot into a GET cannot add them.
/// </summary>
public static class ManagedIdentityRequest
{
    public const string AppServiceApiVersion = "2019-08-01";
    public const string ImdsApiVersion = "2018-02-01";

    public static HttpRequestMessage Create(BotConnectorOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var version = settings.UsesAppServiceIdentity ? AppServiceApiVersion : ImdsApiVersion;
        var query = $"api-version={version}&resource={Uri.EscapeDataString(settings.TokenResource)}&client_id={Uri.EscapeDataString(settings.MicrosoftAppId)}";
        var request = new HttpRequestMessage(HttpMethod.Get, new UriBuilder(settings.ManagedIdentityTokenEndpoint) { Query = query }.Uri);
        if (settings.UsesAppServiceIdentity)
        {
            request.Headers.Add("X-IDENTITY-HEADER", settings.ManagedIdentityHeader);
        }
        else
        {
            request.Headers.Add("Metadata", "true");
        }

        return request;
    }

    /// <summary>An answer worth asking again soon (IMDS's table: 404 while it updates, 429, 5xx); other 4xx are mistakes in the settings.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.NotFound or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
