using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace KooAssistent.Bot.Channels.BotConnector;

/// <summary>
/// The signing keys of the Bot Connector service: the OpenID metadata at <see cref="BotConnectorOptions.ChannelMetadataUrl"/>
/// names the JWKS, and both are fetched again every <see cref="BotConnectorOptions.KeyRefreshInterval"/>, or sooner
/// when a token names a key id not in the cache (Microsoft adds keys without notice) — but never more than once per
/// <see cref="BotConnectorOptions.KeyRefreshMinimumInterval"/>, so made-up key ids cannot make the bot hammer it.
/// A second instance (<see cref="Emulator"/>) holds Entra ID's keys from <see cref="BotConnectorOptions.EmulatorMetadataUrl"/>.
/// </summary>
/// <param name="emulator">Whether this cache holds the Emulator's (Entra ID's) keys rather than the Bot Connector service's.</param>
public sealed partial class ChannelSigningKeys(HttpClient http, IOptions<BotConnectorOptions> options, TimeProvider clock, ILogger<ChannelSigningKeys> logger, bool emulator = false) : IDisposable
{
    /// <summary>The service key of the Emulator's key cache.</summary>
    public const string Emulator = "emulator";

    private const int MaxDocumentBytes = 256 * 1024;

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private IReadOnlyDictionary<string, ChannelSigningKey> keys = new Dictionary<string, ChannelSigningKey>();
    private DateTimeOffset fetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset attemptedAt = DateTimeOffset.MinValue;

    /// <summary>The key with this id, or null when the publisher does not (or not yet, within the refresh limits) list it.</summary>
    public async Task<ChannelSigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var stale = clock.GetUtcNow() - fetchedAt > settings.KeyRefreshInterval;
        if (!stale && keys.TryGetValue(keyId, out var known))
        {
            return known;
        }

        // With no keys at all (the publisher was down at start) a retry may come sooner: nothing works until it succeeds.
        var wait = keys.Count == 0 ? TimeSpan.FromSeconds(Math.Min(5, settings.KeyRefreshMinimumInterval.TotalSeconds)) : settings.KeyRefreshMinimumInterval;
        if (clock.GetUtcNow() - attemptedAt >= wait)
        {
            await RefreshAsync(wait, cancellationToken);
        }

        return keys.TryGetValue(keyId, out var found) ? found : null;
    }

    public void Dispose() => refreshing.Dispose();

    private string Publisher => emulator ? "Entra ID (Emulator tokens)" : "Bot Connector";

    private async Task RefreshAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            var settings = options.Value;
            var now = clock.GetUtcNow();
            if (now - attemptedAt < wait)
            {
                // Another request refreshed while this one waited.
                return;
            }

            attemptedAt = now;
            using var metadata = await GetJsonAsync(emulator ? settings.EmulatorMetadataUrl : settings.ChannelMetadataUrl, cancellationToken);
            if (!metadata.RootElement.TryGetProperty("jwks_uri", out var jwksUri) || !Uri.TryCreate(jwksUri.GetString(), UriKind.Absolute, out var jwks))
            {
                LogNoJwksUri(Publisher);
                return;
            }

            using var set = await GetJsonAsync(jwks, cancellationToken);
            var read = Read(set.RootElement);
            keys = read;
            fetchedAt = now;
            LogRefreshed(Publisher, read.Count);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or InvalidOperationException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The old keys stay: a blip at the publisher must not lock every channel out.
            LogRefreshFailed(Publisher, exception.GetType().Name);
        }
        finally
        {
            refreshing.Release();
        }
    }

    private async Task<JsonDocument> GetJsonAsync(Uri address, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var bytes = await DirectLine.RequestBodyReader.ReadAsync(body, MaxDocumentBytes, cancellationToken)
            ?? throw new HttpRequestException("The key document is larger than expected.");
        return JsonDocument.Parse(bytes);
    }

    /// <summary>The RSA signing keys of a JWKS with their endorsements; keys of other types or uses are left out.</summary>
    public static IReadOnlyDictionary<string, ChannelSigningKey> Read(JsonElement set)
    {
        var found = new Dictionary<string, ChannelSigningKey>(StringComparer.Ordinal);
        if (!set.TryGetProperty("keys", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return found;
        }

        foreach (var element in list.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var key = new JsonWebKey(element.GetRawText());
            if (key.Kty != JsonWebAlgorithmsKeyTypes.RSA || string.IsNullOrEmpty(key.Kid) || key.Use is { Length: > 0 } use && use != "sig")
            {
                continue;
            }

            var endorsements = new HashSet<string>(StringComparer.Ordinal);
            if (element.TryGetProperty("endorsements", out var listed) && listed.ValueKind == JsonValueKind.Array)
            {
                foreach (var endorsement in listed.EnumerateArray())
                {
                    if (endorsement.ValueKind == JsonValueKind.String && endorsement.GetString() is { Length: > 0 } channel)
                    {
                        endorsements.Add(channel);
                    }
                }
            }

            found[key.Kid] = new ChannelSigningKey(key, endorsements);
        }

        return found;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Connector: {Count} signing key(s) of {Publisher} fetched")]
    private partial void LogRefreshed(string publisher, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot Connector: the OpenID metadata of {Publisher} names no jwks_uri; keeping the keys already known")]
    private partial void LogNoJwksUri(string publisher);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot Connector: fetching the signing keys of {Publisher} failed ({Error}); keeping the keys already known")]
    private partial void LogRefreshFailed(string publisher, string error);
}
