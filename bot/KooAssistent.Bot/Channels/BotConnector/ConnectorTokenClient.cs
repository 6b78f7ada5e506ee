using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The app token replies carry: an OAuth 2.0 client-credentials grant at Entra ID
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication, "Bot to
/// connector"), kept until five minutes before it expires (Entra ID issues them for an hour). Without an app id (the
/// Emulator's local mode) there is no token and replies go without one.
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

    public void Dispose() => gate.Dispose();

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(BotConnectorOptions settings, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.MicrosoftAppId,
            ["client_secret"] = settings.MicrosoftAppPassword,
            ["scope"] = settings.TokenScope,
        });
        using var response = await http.PostAsync(settings.TokenEndpoint, form, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Connector: app token issued for {Seconds} s")]
    private partial void LogIssued(int seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot Connector: the token endpoint refused the app credentials (HTTP {Status})")]
    private partial void LogRefused(int status);
}
