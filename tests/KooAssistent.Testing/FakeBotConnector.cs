using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KooAssistent.Testing;

/// <summary>
/// Azure Bot Service's side on 127.0.0.1, for tests: a signing authority (OpenID metadata and a JWKS whose keys carry
/// <c>endorsements</c>, as login.botframework.com publishes them) that issues channel tokens, an Entra ID token
/// endpoint for the bot's app token, and the Connector API (<c>/v3/conversations/{id}/activities[/{replyToId}]</c>)
/// that records every activity the bot sends and answers with scripted status codes (200 when nothing is scripted).
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "00000000-0000-0000-0000-00000000b07a";
    public const string AppPassword = "test-app-password";
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string IssuedAppToken = "test-app-token";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<int> scripted = new();
    private readonly List<SigningKey> published = [];
    private readonly Lock gate = new();
    private int counter;

    private FakeBotConnector(WebApplication app)
    {
        this.app = app;
        CurrentKey = NewKey(["directline", "webchat", "msteams", "emulator"]);
        published.Add(CurrentKey);
    }

    public Uri Address { get; private set; } = null!;

    public Uri MetadataUrl => new(Address, "v1/.well-known/openidconfiguration");

    /// <summary>The authority the bot asks for its app token (<c>ToChannelFromBotLoginUrl</c>).</summary>
    public Uri LoginUrl => new(Address, TenantId);

    /// <summary>The service URL activities name; replies come back here.</summary>
    public string ServiceUrl => Address.ToString();

    /// <summary>The key new tokens are signed with; published in the JWKS.</summary>
    public SigningKey CurrentKey { get; private set; }

    public ConcurrentQueue<RecordedConnectorRequest> Requests { get; } = new();

    /// <summary>How often the bot fetched the JWKS.</summary>
    public int KeyFetches => Volatile.Read(ref keyFetches);

    public int TokenRequests => Volatile.Read(ref tokenRequests);

    /// <summary>The scope the token endpoint wants in a request (another cloud's, for a bot configured for it).</summary>
    public string AppTokenScope { get; set; } = "https://api.botframework.com/.default";

    private int keyFetches;
    private int tokenRequests;

    /// <summary>The activities accepted (answered 2xx), in order.</summary>
    public IReadOnlyList<RecordedConnectorRequest> Delivered => [.. Requests.Where(request => request.Status is >= 200 and < 300)];

    public static async Task<FakeBotConnector> StartAsync()
    {
        var app = LoopbackApp.Create();
        var fake = new FakeBotConnector(app);
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = new Uri(fake.Address, "v1/.well-known/keys").ToString(),
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref fake.keyFetches);
            lock (fake.gate)
            {
                return Results.Content(new JsonObject { ["keys"] = new JsonArray([.. fake.published.Select(key => key.Jwk())]) }.ToJsonString(), "application/json");
            }
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http, string tenant) =>
        {
            Interlocked.Increment(ref fake.tokenRequests);
            var form = await http.Request.ReadFormAsync();
            var valid = tenant == TenantId && form["grant_type"] == "client_credentials" && form["client_id"] == AppId
                && form["client_secret"] == AppPassword && form["scope"] == fake.AppTokenScope;
            return valid
                ? Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = IssuedAppToken })
                : Results.Json(new { error = "invalid_client" }, statusCode: 401);
        });
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (HttpContext http, string conversationId, string? replyToId) =>
        {
            var body = (await JsonNode.ParseAsync(http.Request.Body))!.AsObject();
            var status = fake.scripted.TryDequeue(out var next) ? next : 200;
            fake.Requests.Enqueue(new RecordedConnectorRequest(conversationId, replyToId, http.Request.Headers.Authorization.ToString(), body, status));
            return status == 200
                ? Results.Json(new { id = $"reply-{Interlocked.Increment(ref fake.counter)}" })
                : Results.Json(new { error = new { code = "ServiceError", message = "scripted" } }, statusCode: status);
        });
        fake.Address = await LoopbackApp.StartAsync(app);
        return fake;
    }

    /// <summary>The bot's settings for a registration against this fake (single-tenant, http service URL on loopback allowed).</summary>
    public Dictionary<string, string?> Settings(string dispatchInterval = "00:00:00.050") => new()
    {
        ["BotConnector:MicrosoftAppId"] = AppId,
        ["BotConnector:MicrosoftAppPassword"] = AppPassword,
        ["BotConnector:MicrosoftAppTenantId"] = TenantId,
        ["BotConnector:MicrosoftAppType"] = "SingleTenant",
        ["BotConnector:ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl.ToString(),
        ["BotConnector:ToChannelFromBotLoginUrl"] = LoginUrl.ToString(),
        ["BotConnector:AllowLoopbackServiceUrl"] = "true",
        ["BotConnector:DispatchInterval"] = dispatchInterval,
    };

    /// <summary>A new key takes over signing and is published; the old one is withdrawn (a key rotation).</summary>
    public SigningKey RotateKey()
    {
        lock (gate)
        {
            CurrentKey = NewKey(["directline", "webchat", "msteams", "emulator"]);
            published.Clear();
            published.Add(CurrentKey);
            return CurrentKey;
        }
    }

    /// <summary>Publishes a key beside the current one, e.g. one endorsed for other channels only.</summary>
    public SigningKey PublishKey(params string[] endorsements)
    {
        var key = NewKey(endorsements);
        lock (gate)
        {
            published.Add(key);
        }

        return key;
    }

    /// <summary>A key that signs but is published nowhere.</summary>
    public static SigningKey UnpublishedKey() => NewKey(["directline", "webchat", "msteams", "emulator"]);

    /// <summary>A channel token as the Bot Connector service issues it; every part can be changed to make it wrong.</summary>
    public string Token(
        string? serviceUrl = null,
        string audience = AppId,
        string issuer = Issuer,
        SigningKey? key = null,
        DateTimeOffset? expires = null,
        DateTimeOffset? notBefore = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var signer = key ?? CurrentKey;
        var now = DateTimeOffset.UtcNow;
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            IssuedAt = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            Expires = (expires ?? now.AddHours(1)).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? ServiceUrl, ["version"] = "1.0" },
            SigningCredentials = new SigningCredentials(signer.Key, algorithm),
        });
    }

    /// <summary>The next activity sends answer with these status codes, in order.</summary>
    public void Answer(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            scripted.Enqueue(status);
        }
    }

    /// <summary>Forgets the scripted answers not yet used: everything is accepted from now on.</summary>
    public void AcceptAll() => scripted.Clear();

    public async Task<IReadOnlyList<RecordedConnectorRequest>> DeliveredAsync(int count, int timeoutSeconds = 15)
    {
        await Polling.WaitUntilAsync(() => Delivered.Count >= count, TimeSpan.FromSeconds(timeoutSeconds));
        return Delivered;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private static SigningKey NewKey(string[] endorsements)
    {
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = Guid.NewGuid().ToString("N") };
        return new SigningKey(key, endorsements);
    }
}

/// <summary>A key of the fake authority and the channels it is endorsed for.</summary>
public sealed record SigningKey(RsaSecurityKey Key, IReadOnlyList<string> Endorsements)
{
    public JsonObject Jwk()
    {
        var parameters = Key.Rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };

        // Entra ID's keys (the Emulator's) have no endorsements at all.
        if (Endorsements.Count > 0)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(endorsement => (JsonNode)endorsement)]);
        }

        return jwk;
    }
}

/// <summary>An activity the bot sent to the fake Connector API, and the status it was answered with.</summary>
public sealed record RecordedConnectorRequest(string ConversationId, string? ReplyToId, string Authorization, JsonObject Body, int Status);
