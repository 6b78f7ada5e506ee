using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KooAssistent.Testing;

/// <summary>
/// Microsoft Entra ID on 127.0.0.1, for tests: OpenID metadata and a JWKS without endorsements (the keys the Bot
/// Framework Emulator's tokens are signed with) and a way to issue such tokens.
/// </summary>
public sealed class FakeEntraId : IAsyncDisposable
{
    /// <summary>The Bot Framework tenant the Emulator's tokens come from (auth v3.2).</summary>
    public const string BotFrameworkTenant = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";

    private readonly WebApplication app;
    private int keyFetches;

    private FakeEntraId(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    public Uri MetadataUrl => new(Address, "botframework.com/v2.0/.well-known/openid-configuration");

    public SigningKey CurrentKey { get; } = new(new RsaSecurityKey(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") }, []);

    public int KeyFetches => Volatile.Read(ref keyFetches);

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
        fake.Address = await LoopbackApp.StartAsync(app);
        return fake;
    }

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
}
