using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KooAssistent.Testing;

/// <summary>
/// Microsoft Entra ID on 127.0.0.1, for tests: OpenID metadata and a JWKS without endorsements (the keys the Bot
/// Framework Emulator's tokens are signed with) and a way to issue such tokens; a token endpoint that takes a client
/// assertion only when its signature checks out with the trusted certificate's public key; and the managed identity
/// endpoints of the Azure Instance Metadata Service and of App Service, which answer scripted status codes first
/// when a test asks for them.
/// </summary>
public sealed class FakeEntraId : IAsyncDisposable
{
    /// <summary>The Bot Framework tenant the Emulator's tokens come from (auth v3.2).</summary>
    public const string BotFrameworkTenant = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
    public const string CertificateAppToken = "test-certificate-app-token";
    public const string ManagedIdentityToken = "test-managed-identity-token";
    public const string ManagedIdentityClientId = "99999999-0000-0000-0000-00000000a51d";
    public const string AppServiceIdentityToken = "test-app-service-identity-token";

    /// <summary>What App Service puts in <c>IDENTITY_HEADER</c> for the test.</summary>
    public const string AppServiceIdentityHeader = "test-identity-header-0b9a43d9ad8a";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<int> identityAnswers = new();
    private X509Certificate2? trusted;
    private int keyFetches;
    private int tokenRequests;

    private FakeEntraId(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    public Uri MetadataUrl => new(Address, "botframework.com/v2.0/.well-known/openid-configuration");

    /// <summary>The authority for <c>ToChannelFromBotLoginUrl</c>: tokens at <c>{LoginUrl}/oauth2/v2.0/token</c>.</summary>
    public Uri LoginUrl => new(Address, FakeBotConnector.TenantId);

    public Uri ManagedIdentityEndpoint => new(Address, "metadata/identity/oauth2/token");

    /// <summary>App Service's local token service (<c>IDENTITY_ENDPOINT</c>).</summary>
    public Uri AppServiceIdentityEndpoint => new(Address, "msi/token");

    /// <summary>The clock App Service's <c>expires_on</c> is counted from: a test's own clock keeps the two in step.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public SigningKey CurrentKey { get; } = new(new RsaSecurityKey(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") }, []);

    public int KeyFetches => Volatile.Read(ref keyFetches);

    public int TokenRequests => Volatile.Read(ref tokenRequests);

    /// <summary>Why the token endpoint or IMDS said no, in order: for a failing test to show.</summary>
    public ConcurrentQueue<string> Refusals { get; } = new();

    /// <summary>The client assertions accepted, decoded.</summary>
    public ConcurrentQueue<JsonWebToken> Assertions { get; } = new();

    public static async Task<FakeEntraId> StartAsync()
    {
        var app = LoopbackApp.Create();
        var fake = new FakeEntraId(app);
        app.MapGet("/botframework.com/v2.0/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = $"https://login.microsoftonline.com/{BotFrameworkTenant}/v2.0",
            ["jwks_uri"] = new Uri(fake.Address, "common/discovery/v2.0/keys").ToString(),
        }));
        app.MapGet("/common/discovery/v2.0/keys", () =>
        {
            Interlocked.Increment(ref fake.keyFetches);
            return Results.Content(new JsonObject { ["keys"] = new JsonArray(fake.CurrentKey.Jwk()) }.ToJsonString(), "application/json");
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http, string tenant) =>
        {
            Interlocked.Increment(ref fake.tokenRequests);
            var form = await http.Request.ReadFormAsync();
            var endpoint = new Uri(fake.Address, $"{tenant}/oauth2/v2.0/token");
            var problem = tenant != FakeBotConnector.TenantId ? "unknown tenant"
                : form["grant_type"] != "client_credentials" || form["scope"] != "https://api.botframework.com/.default" ? "not a client-credentials grant for the Bot Connector"
                : form.ContainsKey("client_secret") ? "a secret beside the assertion"
                : form["client_assertion_type"] != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" ? "no client assertion"
                : await fake.AssertionProblemAsync(form["client_assertion"].ToString(), form["client_id"].ToString(), endpoint);
            if (problem is not null)
            {
                fake.Refusals.Enqueue(problem);
                return Results.Json(new { error = "invalid_client", error_description = problem }, statusCode: 401);
            }

            return Results.Json(new { token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = CertificateAppToken });
        });
        app.MapGet("/metadata/identity/oauth2/token", (HttpContext http) =>
        {
            Interlocked.Increment(ref fake.tokenRequests);
            var query = http.Request.Query;
            var problem = http.Request.Headers["Metadata"] != "true" ? "no Metadata: true header"
                : query["api-version"] != "2018-02-01" ? "not IMDS's api-version"
                : query["resource"] != "https://api.botframework.com" ? "wrong resource"
                : query["client_id"] != ManagedIdentityClientId ? "unknown identity"
                : null;
            if (problem is not null)
            {
                fake.Refusals.Enqueue(problem);
                return Results.Json(new { error = "invalid_request", error_description = problem }, statusCode: 400);
            }

            if (fake.identityAnswers.TryDequeue(out var scripted))
            {
                return Results.Json(new { error = "unknown", error_description = "scripted" }, statusCode: scripted);
            }

            // IMDS writes its numbers as strings.
            return Results.Json(new Dictionary<string, string>
            {
                ["access_token"] = ManagedIdentityToken,
                ["expires_in"] = "86399",
                ["resource"] = "https://api.botframework.com",
                ["token_type"] = "Bearer",
            });
        });
        app.MapGet("/msi/token", (HttpContext http) =>
        {
            Interlocked.Increment(ref fake.tokenRequests);
            var query = http.Request.Query;
            var problem = http.Request.Headers["X-IDENTITY-HEADER"] != AppServiceIdentityHeader ? "no or wrong X-IDENTITY-HEADER"
                : query["api-version"] != "2019-08-01" ? "not App Service's api-version"
                : query["resource"] != "https://api.botframework.com" ? "wrong resource"
                : query["client_id"] != ManagedIdentityClientId ? "unknown identity"
                : null;
            if (problem is not null)
            {
                fake.Refusals.Enqueue(problem);
                return Results.Json(new { statusCode = 400, message = problem }, statusCode: 400);
            }

            if (fake.identityAnswers.TryDequeue(out var scripted))
            {
                return Results.Json(new { statusCode = scripted, message = "scripted" }, statusCode: scripted);
            }

            // App Service says when the token expires, not for how long; as a string of Unix seconds.
            var expiresOn = fake.Clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new Dictionary<string, string>
            {
                ["access_token"] = AppServiceIdentityToken,
                ["expires_on"] = expiresOn,
                ["resource"] = "https://api.botframework.com",
                ["token_type"] = "Bearer",
                ["client_id"] = ManagedIdentityClientId,
            });
        });
        fake.Address = await LoopbackApp.StartAsync(app);
        return fake;
    }

    /// <summary>The next managed identity token requests (IMDS or App Service) that are otherwise right answer with these status codes, in order.</summary>
    public void AnswerIdentity(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            identityAnswers.Enqueue(status);
        }
    }

    /// <summary>The certificate whose public key client assertions must be signed for (as when it is uploaded to the app registration).</summary>
    public void Trust(X509Certificate2 certificate) => trusted = certificate;

    /// <summary>
    /// A token as Entra ID issues it to the Emulator for the scope <c>{appId}/.default</c>: version 1.0 with the caller in
    /// <c>appid</c> and issuer <c>https://sts.windows.net/{tenant}/</c>, or 2.0 with <c>azp</c> and
    /// <c>https://login.microsoftonline.com/{tenant}/v2.0</c>. A null <paramref name="caller"/> leaves that claim out.
    /// </summary>
    public string EmulatorToken(
        string version = "1.0",
        string tenant = BotFrameworkTenant,
        string audience = FakeBotConnector.AppId,
        string? caller = FakeBotConnector.AppId,
        string? issuer = null,
        SigningKey? key = null,
        DateTimeOffset? expires = null)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object> { ["tid"] = tenant };
        if (version.Length > 0)
        {
            claims["ver"] = version;
        }

        if (caller is not null)
        {
            claims[version == "2.0" ? "azp" : "appid"] = caller;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? (version == "2.0" ? $"https://login.microsoftonline.com/{tenant}/v2.0" : $"https://sts.windows.net/{tenant}/"),
            Audience = audience,
            NotBefore = now.AddMinutes(-1).UtcDateTime,
            IssuedAt = now.AddMinutes(-1).UtcDateTime,
            Expires = (expires ?? now.AddHours(1)).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials((key ?? CurrentKey).Key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    /// <summary>Entra ID's rules for a certificate credential: signed by the registered certificate, named by <c>x5t</c>, for this endpoint and client.</summary>
    private async Task<string?> AssertionProblemAsync(string assertion, string clientId, Uri endpoint)
    {
        if (trusted is null)
        {
            return "no certificate registered";
        }

        var handler = new JsonWebTokenHandler();
        JsonWebToken token;
        try
        {
            token = handler.ReadJsonWebToken(assertion);
        }
        catch (ArgumentException)
        {
            return "the assertion is not a JWT";
        }

        if (!token.TryGetHeaderValue<string>("x5t", out var x5t) || x5t != Base64UrlEncoder.Encode(trusted.GetCertHash()))
        {
            return "x5t does not name the registered certificate";
        }

        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = clientId,
            ValidAudience = endpoint.AbsoluteUri,
            IssuerSigningKey = new X509SecurityKey(trusted),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireExpirationTime = true,
        });
        if (!result.IsValid)
        {
            return "assertion refused: " + result.Exception?.GetType().Name;
        }

        if (clientId != FakeBotConnector.AppId || token.Subject != clientId || !token.TryGetPayloadValue<string>("jti", out var jti) || string.IsNullOrEmpty(jti))
        {
            return "sub or jti wrong";
        }

        Assertions.Enqueue(token);
        return null;
    }
}
