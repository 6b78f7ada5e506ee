using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace KooAssistent.Bot.Staff.Oidc;

/// <summary>
/// RP-initiated sign-out (OpenID Connect RP-Initiated Logout 1.0): the provider's <c>end_session_endpoint</c> with the
/// session's id token as hint, the client id, and the console's sign-in page to come back to. The console's own
/// session has ended on the server before the browser goes there.
/// </summary>
public sealed partial class StaffOidcSignOut(IOptionsMonitor<OpenIdConnectOptions> handlers, IOptions<StaffOidcOptions> options, ILogger<StaffOidcSignOut> logger)
{
    public const string SignedOutPath = "/staff/index.html?afgemeld=1";

    /// <returns>Null when the provider offers no sign-out address or cannot be reached.</returns>
    public async Task<string?> EndSessionUrlAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var handler = handlers.Get(StaffOidcExtensions.Scheme);
        OpenIdConnectConfiguration? configuration;
        try
        {
            configuration = handler.ConfigurationManager is { } manager ? await manager.GetConfigurationAsync(cancellationToken) : handler.Configuration;
        }
        catch (InvalidOperationException exception)
        {
            // The console session ends regardless; only the provider's session outlives it.
            LogNoConfiguration(logger, exception.Message);
            return null;
        }

        if (string.IsNullOrEmpty(configuration?.EndSessionEndpoint))
        {
            return null;
        }

        var idToken = (await http.AuthenticateAsync(StaffExtensions.Scheme)).Properties?.GetTokenValue("id_token");
        var request = http.Request;
        var message = new OpenIdConnectMessage
        {
            IssuerAddress = configuration.EndSessionEndpoint,
            ClientId = options.Value.ClientId,
            PostLogoutRedirectUri = $"{request.Scheme}://{request.Host}{request.PathBase}{SignedOutPath}",
        };
        if (!string.IsNullOrEmpty(idToken))
        {
            message.IdTokenHint = idToken;
        }

        return message.CreateLogoutRequestUrl();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The identity provider's sign-out address is unknown: {Reason}")]
    private static partial void LogNoConfiguration(ILogger logger, string reason);
}
