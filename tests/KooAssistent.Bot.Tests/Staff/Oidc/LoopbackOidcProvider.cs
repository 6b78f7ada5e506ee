using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using KooAssistent.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KooAssistent.Bot.Tests.Staff.Oidc;

/// <summary>
/// A minimal OpenID Connect provider on 127.0.0.1 for the console's sign-in: a discovery document, a JWKS with one
/// RSA key, <c>/authorize</c> that signs in <see cref="NextPerson"/> at once and posts a code back (form_post),
/// <c>/token</c> that redeems a code once, only for the client's secret and the PKCE verifier that matches the
/// challenge, and returns an RS256 id token with the nonce, and <c>/logout</c> for RP-initiated sign-out.
/// </summary>
public sealed class LoopbackOidcProvider : IAsyncDisposable
{
    public const string ClientId = "koo-console";
    public const string ClientSecret = "loopback-client-secret";

    private readonly WebApplication app;
    private readonly RSA key = RSA.Create(2048);
    private readonly RSA otherKey = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, PendingCode> codes = new();

    private LoopbackOidcProvider(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    public string Issuer => Address.ToString().TrimEnd('/');

    /// <summary>Who is signed in at the provider when the console sends the browser there.</summary>
    public OidcPerson NextPerson { get; set; } = new("sub-anna", "anna@gemeente.example", "Anna", []);

    /// <summary>Sign the next id tokens with a key that is not in the JWKS (a forged token).</summary>
    public bool SignWithUnknownKey { get; set; }

    public ConcurrentQueue<string> Log { get; } = new();

    public ConcurrentQueue<IQueryCollection> SignOuts { get; } = new();

    public static async Task<LoopbackOidcProvider> StartAsync()
    {
        var app = LoopbackApp.Create();
        var provider = new LoopbackOidcProvider(app);
        app.MapGet("/.well-known/openid-configuration", provider.Discovery);
        app.MapGet("/jwks", provider.Keys);
        app.MapGet("/authorize", provider.Authorize);
        app.MapPost("/token", (Delegate)provider.TokenAsync);
        app.MapGet("/logout", (HttpContext http) =>
        {
            provider.SignOuts.Enqueue(http.Request.Query);
            return Results.Redirect(http.Request.Query["post_logout_redirect_uri"].ToString());
        });
        provider.Address = await LoopbackApp.StartAsync(app);
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        key.Dispose();
        otherKey.Dispose();
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = $"{Issuer}/authorize",
        ["token_endpoint"] = $"{Issuer}/token",
        ["jwks_uri"] = $"{Issuer}/jwks",
        ["end_session_endpoint"] = $"{Issuer}/logout",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query", "form_post" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
    });

    private IResult Keys()
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.ExportParameters(false)) { KeyId = "loopback-1" });
        return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = jwk.KeyId, n = jwk.N, e = jwk.E } } });
    }

    private IResult Authorize(HttpContext http)
    {
        var query = http.Request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256"
            || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["nonce"]) || string.IsNullOrEmpty(query["redirect_uri"]))
        {
            Log.Enqueue("authorize refused");
            return Results.BadRequest("invalid_request");
        }

        Log.Enqueue($"authorize scope={query["scope"]} mode={query["response_mode"]}");
        var code = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        codes[code] = new PendingCode(query["code_challenge"]!, query["nonce"]!, query["redirect_uri"]!, NextPerson);
        var fields = new Dictionary<string, string> { ["code"] = code };
        if (!string.IsNullOrEmpty(query["state"]))
        {
            fields["state"] = query["state"]!;
        }

        // form_post (the handler's default): a page that posts the code back, as real providers answer.
        var inputs = string.Concat(fields.Select(field => $"<input type=\"hidden\" name=\"{field.Key}\" value=\"{HtmlEncoder.Default.Encode(field.Value)}\">"));
        return Results.Content(
            $"<html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"{HtmlEncoder.Default.Encode(query["redirect_uri"]!)}\">{inputs}</form></body></html>",
            "text/html");
    }

    private async Task<IResult> TokenAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        var (clientId, secret) = ClientCredentials(http.Request, form);
        if (clientId != ClientId || secret != ClientSecret)
        {
            Log.Enqueue("token refused: client");
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        }

        if (form["grant_type"] != "authorization_code" || !codes.TryRemove(form["code"].ToString(), out var pending) || form["redirect_uri"] != pending.RedirectUri)
        {
            Log.Enqueue("token refused: code");
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        }

        var verifier = form["code_verifier"].ToString();
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        if (verifier.Length < 43 || challenge != pending.Challenge)
        {
            Log.Enqueue("token refused: pkce");
            return Results.Json(new { error = "invalid_grant", error_description = "PKCE verification failed" }, statusCode: 400);
        }

        Log.Enqueue("token issued, pkce verified");
        var person = pending.Person;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = person.Subject,
            ["preferred_username"] = person.Username,
            ["name"] = person.Name,
            ["nonce"] = pending.Nonce,
            ["groups"] = person.Groups.ToArray(),
        };
        var signingKey = new RsaSecurityKey(SignWithUnknownKey ? otherKey : key) { KeyId = "loopback-1" };
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            Claims = claims,
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new { access_token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), token_type = "Bearer", expires_in = 300, id_token = idToken });
    }

    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length == 2 ? Uri.UnescapeDataString(pair[1]) : null);
        }

        return (form["client_id"], form["client_secret"]);
    }

    private sealed record PendingCode(string Challenge, string Nonce, string RedirectUri, OidcPerson Person);
}

/// <summary>A person at the provider: subject, username, name and groups as the id token carries them.</summary>
public sealed record OidcPerson(string Subject, string Username, string Name, IReadOnlyList<string> Groups);
