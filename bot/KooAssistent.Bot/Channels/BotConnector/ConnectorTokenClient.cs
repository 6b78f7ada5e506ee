using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The app token replies carry: an OAuth 2.0 client-credentials grant at Entra ID
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication, "Bot to
/// connector") with the app's password or a client assertion signed with its certificate (<see cref="ClientAssertion"/>),
/// or for a <c>UserAssignedMSI</c> bot a token from the managed identity endpoint (<see cref="ManagedIdentityRequest"/>);
/// kept until five minutes before it expires. Without an app id (the Emulator's local mode) there is no token and
/// replies go without one. A failure is not asked again at once: the outbox, which retries a reply every round, would
/// otherwise hammer the endpoint.
/// </summary>
public sealed partial class ConnectorTokenClient(HttpClient http, IOptions<BotConnectorOptions> options, TimeProvider clock, ILogger<ConnectorTokenClient> logger) : IDisposable
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    // After a refusal (a wrong or expired secret) the outbox would ask again every round, several times a second;
    // Entra ID throttles that, and the answer will not change until an operator fixes the secret.
    private static readonly TimeSpan WaitAfterRefusal = TimeSpan.FromSeconds(30);

    // A passing failure (429, 5xx, IMDS updating, no connection) is asked again after a second, then two, four, up to
    // the refusal's thirty: IMDS asks for at least a second between retries and for exponential backoff.
    private static readonly TimeSpan FirstWaitAfterFailure = TimeSpan.FromSeconds(1);

    // Off Azure, IMDS's link-local address may swallow the connection instead of refusing it; the outbox round would
    // wait for the TCP timeout.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset renewAt;
    private DateTimeOffset restUntil = DateTimeOffset.MinValue;
    private TimeSpan nextRest = FirstWaitAfterFailure;
    private X509Certificate2? certificate;

    /// <returns>The header value, or null when the bot has no app id; throws <see cref="HttpRequestException"/> when the token endpoint says no or cannot be reached.</returns>
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
                if (clock.GetUtcNow() < restUntil)
                {
                    throw new HttpRequestException("The token endpoint failed a moment ago; it is asked again later.");
                }

                (token, var lifetime) = await RequestAsync(settings, cancellationToken);
                nextRest = FirstWaitAfterFailure;
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
        using var request = settings.IsManagedIdentity ? ManagedIdentityRequest.Create(settings) : new HttpRequestMessage(HttpMethod.Post, settings.TokenEndpoint)
        {
            Content = new FormUrlEncodedContent(ClientCredentials(settings)),
        };
        HttpResponseMessage response;
        try
        {
            using var timeout = new CancellationTokenSource(RequestTimeout, clock);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            response = await http.SendAsync(request, linked.Token);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(exception.GetType().Name);
            Rest(transient: true);
            throw new HttpRequestException("The token endpoint could not be reached.", exception);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                // The error body names the AADSTS code; the status is enough for the log and holds no secret.
                var status = (int)response.StatusCode;
                var transient = settings.IsManagedIdentity ? ManagedIdentityRequest.IsTransient(response.StatusCode) : status is 429 or >= 500;
                if (transient)
                {
                    LogFailed(status);
                }
                else
                {
                    LogRefused(status);
                }

                Rest(transient);
                throw new HttpRequestException($"The token endpoint answered {status}.", null, response.StatusCode);
            }

            using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
            var root = document.RootElement;
            if (!root.TryGetProperty("access_token", out var accessToken) || accessToken.GetString() is not { Length: > 0 } value)
            {
                Rest(transient: true);
                throw new HttpRequestException("The token endpoint answered without an access_token.");
            }

            var lifetime = Lifetime(root);
            LogIssued((int)lifetime.TotalSeconds);
            return (value, lifetime);
        }
    }

    /// <summary>
    /// Entra ID and IMDS say <c>expires_in</c> (IMDS as a string), App Service only <c>expires_on</c> (Unix seconds, a
    /// string). The relative one wins: it does not depend on this machine's clock agreeing with Azure's.
    /// </summary>
    private TimeSpan Lifetime(JsonElement root)
    {
        var seconds = Seconds(root, "expires_in")
            ?? Seconds(root, "expires_on") - clock.GetUtcNow().ToUnixTimeSeconds()
            ?? 3600;
        return TimeSpan.FromSeconds(Math.Max(seconds, 1));
    }

    private static long? Seconds(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number
        : value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var text) ? text
        : null;

    private void Rest(bool transient)
    {
        var rest = transient ? nextRest : WaitAfterRefusal;
        nextRest = transient ? TimeSpan.FromTicks(Math.Min(nextRest.Ticks * 2, WaitAfterRefusal.Ticks)) : FirstWaitAfterFailure;
        restUntil = clock.GetUtcNow() + rest;
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
            certificate ??= AppCertificate.Load(settings);
            form["client_assertion_type"] = ClientAssertion.AssertionType;
            form["client_assertion"] = ClientAssertion.Create(certificate, settings.MicrosoftAppId, settings.TokenEndpoint, clock.GetUtcNow());
        }
        else
        {
            form["client_secret"] = settings.MicrosoftAppPassword;
        }

        return form;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Connector: app token issued for {Seconds} s")]
    private partial void LogIssued(int seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot Connector: the token endpoint refused the app credentials (HTTP {Status})")]
    private partial void LogRefused(int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector: the token endpoint failed (HTTP {Status}); asked again shortly")]
    private partial void LogFailed(int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector: the token endpoint could not be reached ({Error}); asked again shortly")]
    private partial void LogUnreachable(string error);
}
