using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The signed JWT an app sends instead of a client secret
/// (https://learn.microsoft.com/entra/identity-platform/certificate-credentials): RS256 with the certificate's private
/// key, <c>x5t</c> in the header (the certificate's SHA-1 thumbprint, base64url) so Entra ID finds the registered
/// certificate, <c>iss</c> and <c>sub</c> the app id, <c>aud</c> the token endpoint, a fresh <c>jti</c>, and ten
/// minutes of life (Entra ID accepts no assertion valid for longer than it needs). Pure.
/// </summary>
public static class ClientAssertion
{
    public const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static string Create(X509Certificate2 certificate, string clientId, Uri tokenEndpoint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(tokenEndpoint);
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = tokenEndpoint.AbsoluteUri,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            Claims = new Dictionary<string, object> { ["sub"] = clientId, ["jti"] = Guid.NewGuid().ToString() },
            // An X509SecurityKey puts x5t (and kid, the hex thumbprint) in the header. Not cached: a cached signer would
            // hold the certificate's key beyond the certificate's own life.
            SigningCredentials = new SigningCredentials(new X509SecurityKey(certificate), SecurityAlgorithms.RsaSha256)
            {
                CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
            },
        });
    }
}
