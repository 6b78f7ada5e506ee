using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The app token replies carry: an OAuth 2.0 client-credentials grant at Entra ID
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication, "Bot to
/// connector") with the app's password or a client assertion signed with its certificate (<see cref="ClientAssertion"/>),
/// or for a <c>UserAssignedMSI</c> bot a token from the managed identity endpoint; kept until five minutes before it
/// expires. Without an app id (the Emulator's local mode) there is no token and replies go without one.
/// </summary>
public sealed partial class ConnectorTokenClient(HttpClient http, IOptions<BotConnectorOptions> options, TimeProvider clock, ILogger<ConnectorTokenClient> logger) : IDisposable
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    // After a refusal (a wrong or expired secret) the outbox would ask again every round, several times a second;
    // Entra ID throttles that, and the answer will not change until an operator fixes the secret.
    private static readonly TimeSpan WaitAfterRefusal = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset renewAt;
    private DateTimeOffset refusedUntil = DateTimeOffset.MinValue;
    private X509Certificate2? certificate;

    /// <returns>The header value, or null when the bot has no app id; throws <see cref="HttpRequestException"/> when Entra ID says no.</returns>
    public async Task<AuthenticationHeaderValue?> GetAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.HasAppId)
        {
            return null;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (token is null || clock.GetUtcNow() >= renewAt)
            {
                if (clock.GetUtcNow() < refusedUntil)
                {
                    throw new HttpRequestException("The token endpoint refused the app credentials a moment ago.");
                }

                (token, var lifetime) = await RequestAsync(settings, cancellationToken);
                // A token shorter-lived than the margin is renewed at half its life instead of at once.
                renewAt = clock.GetUtcNow() + (lifetime > RenewBefore * 2 ? lifetime - RenewBefore : lifetime / 2);
            }

            return new AuthenticationHeaderValue("Bearer", token);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets the token, after the channel refused it (401): the next reply asks for a new one.</summary>
    public void Forget() => token = null;

    public void Dispose()
    {
        gate.Dispose();
        certificate?.Dispose();
    }

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(BotConnectorOptions settings, CancellationToken cancellationToken)
    {
        using var request = settings.IsManagedIdentity ? ManagedIdentityRequest(settings) : new HttpRequestMessage(HttpMethod.Post, settings.TokenEndpoint)
        {
            Content = new FormUrlEncodedContent(ClientCredentials(settings)),
        };
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // Entra ID's error body names the AADSTS code; the status is enough for the log and holds no secret.
            LogRefused((int)response.StatusCode);
            refusedUntil = clock.GetUtcNow() + WaitAfterRefusal;
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        var root = document.RootElement;
        if (!root.TryGetProperty("access_token", out var accessToken) || accessToken.GetString() is not { Length: > 0 } value)
        {
            throw new HttpRequestException("The token endpoint answered without an access_token.");
        }

        var seconds = root.TryGetProperty("expires_in", out var expiresIn) && expiresIn.ValueKind == JsonValueKind.Number && expiresIn.TryGetInt32(out var number)
            ? number
            : expiresIn.ValueKind == JsonValueKind.String && int.TryParse(expiresIn.GetString(), out var text) ? text : 3600;
        LogIssued(seconds);
        return (value, TimeSpan.FromSeconds(Math.Max(seconds, 1)));
    }

    private Dictionary<string, string> ClientCredentials(BotConnectorOptions settings)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.MicrosoftAppId,
            ["scope"] = settings.TokenScope,
        };
        if (settings.HasCertificate)
        {
            // Read once (checked at start already); a new assertion for every token request, as Entra ID wants.
            certificate ??= AppCertificate.Load(settings.MicrosoftAppCertificatePath, settings.MicrosoftAppCertificatePassword);
            form["client_assertion_type"] = ClientAssertion.AssertionType;
            form["client_assertion"] = ClientAssertion.Create(certificate, settings.MicrosoftAppId, settings.TokenEndpoint, clock.GetUtcNow());
        }
        else
        {
            form["client_secret"] = settings.MicrosoftAppPassword;
        }

        return form;
    }

    /// <summary>
    /// A user-assigned managed identity's token from the Azure Instance Metadata Service
    /// (https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/how-to-use-vm-token): a GET with
    /// the identity's client id and the resource, and the <c>Metadata: true</c> header IMDS demands against forged requests.
    /// </summary>
    private static HttpRequestMessage ManagedIdentityRequest(BotConnectorOptions settings)
    {
        var query = $"api-version=2018-02-01&resource={Uri.EscapeDataString(settings.TokenResource)}&client_id={Uri.EscapeDataString(settings.MicrosoftAppId)}";
        var request = new HttpRequestMessage(HttpMethod.Get, new UriBuilder(settings.ManagedIdentityEndpoint) { Query = query }.Uri);
        request.Headers.Add("Metadata", "true");
        return request;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Connector: app token issued for {Seconds} s")]
    private partial void LogIssued(int seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot Connector: the token endpoint refused the app credentials (HTTP {Status})")]
    private partial void LogRefused(int status);
}
