using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KooAssistent.Bot.Channels.BotConnector;
using KooAssistent.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>
/// The reply token without a password: a client assertion signed with the app's certificate (checked by the fake
/// Entra ID with the certificate's public key), or a user-assigned managed identity's token from IMDS.
/// </summary>
public sealed class ConnectorCredentialTests
{
    private const string PfxPassword = "pfx-password-for-tests";

    [Fact]
    public async Task A_certificate_bot_gets_its_token_with_a_client_assertion_signed_by_the_certificate()
    {
        await using var entra = await FakeEntraId.StartAsync();
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "bot.pfx");
        using var certificate = TestCertificates.WritePfx(path, PfxPassword);
        entra.Trust(certificate);
        using var http = new HttpClient();
        using var tokens = new ConnectorTokenClient(http, Options.Create(CertificateSettings(entra, path)), TimeProvider.System, NullLogger<ConnectorTokenClient>.Instance);

        var header = await tokens.GetAsync(CancellationToken.None);
        await tokens.GetAsync(CancellationToken.None);

        Assert.Empty(entra.Refusals);
        Assert.Equal("Bearer " + FakeEntraId.CertificateAppToken, header!.ToString());
        Assert.Equal(1, entra.TokenRequests);
        var assertion = Assert.Single(entra.Assertions);
        Assert.Equal(FakeBotConnector.AppId, assertion.Issuer);
        Assert.True(assertion.ValidTo - assertion.ValidFrom <= TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task An_assertion_signed_by_a_certificate_the_app_does_not_have_is_refused()
    {
        await using var entra = await FakeEntraId.StartAsync();
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "bot.pfx");
        using var registered = TestCertificates.WritePfx(Path.Combine(directory.Path, "registered.pfx"), PfxPassword);
        using var other = TestCertificates.WritePfx(path, PfxPassword);
        entra.Trust(registered);
        using var http = new HttpClient();
        using var tokens = new ConnectorTokenClient(http, Options.Create(CertificateSettings(entra, path)), TimeProvider.System, NullLogger<ConnectorTokenClient>.Instance);

        await Assert.ThrowsAsync<HttpRequestException>(() => tokens.GetAsync(CancellationToken.None));

        Assert.Equal("x5t does not name the registered certificate", Assert.Single(entra.Refusals));
    }

    [Fact]
    public async Task An_assertion_that_names_the_registered_certificate_but_is_signed_by_another_key_is_refused()
    {
        await using var entra = await FakeEntraId.StartAsync();
        using var directory = new TemporaryDirectory();
        using var registered = TestCertificates.WritePfx(Path.Combine(directory.Path, "registered.pfx"), PfxPassword);
        entra.Trust(registered);
        using var forger = RSA.Create(2048);
        var endpoint = new Uri(entra.LoginUrl.AbsoluteUri + "/oauth2/v2.0/token");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { alg = "RS256", typ = "JWT", x5t = Base64UrlEncoder.Encode(registered.GetCertHash()) }));
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new
        {
            iss = FakeBotConnector.AppId, sub = FakeBotConnector.AppId, aud = endpoint.AbsoluteUri, jti = Guid.NewGuid().ToString(), nbf = now, exp = now + 600,
        }));
        var signature = Base64UrlEncoder.Encode(forger.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = FakeBotConnector.AppId,
            ["scope"] = "https://api.botframework.com/.default",
            ["client_assertion_type"] = ClientAssertion.AssertionType,
            ["client_assertion"] = $"{header}.{payload}.{signature}",
        });

        using var response = await http.PostAsync(endpoint, form);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Signature", Assert.Single(entra.Refusals), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_managed_identity_bot_gets_its_token_from_IMDS_and_keeps_it_until_five_minutes_before_it_expires()
    {
        await using var entra = await FakeEntraId.StartAsync();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var http = new HttpClient();
        using var tokens = new ConnectorTokenClient(http, Options.Create(ManagedIdentitySettings(entra)), clock, NullLogger<ConnectorTokenClient>.Instance);

        var header = await tokens.GetAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(86399) - TimeSpan.FromMinutes(6));
        await tokens.GetAsync(CancellationToken.None);
        Assert.Equal(1, entra.TokenRequests);

        clock.Advance(TimeSpan.FromMinutes(2));
        await tokens.GetAsync(CancellationToken.None);

        Assert.Empty(entra.Refusals);
        Assert.Equal("Bearer " + FakeEntraId.ManagedIdentityToken, header!.ToString());
        Assert.Equal(2, entra.TokenRequests);
    }

    [Fact]
    public async Task Replies_of_a_certificate_bot_carry_the_token_the_certificate_earned()
    {
        await using var entra = await FakeEntraId.StartAsync();
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "bot.pfx");
        using var certificate = TestCertificates.WritePfx(path, PfxPassword);
        entra.Trust(certificate);
        await using var fixture = await BotConnectorFixture.StartAsync(new Dictionary<string, string?>
        {
            ["BotConnector:MicrosoftAppPassword"] = string.Empty,
            ["BotConnector:MicrosoftAppCertificatePath"] = path,
            ["BotConnector:MicrosoftAppCertificatePassword"] = PfxPassword,
            ["BotConnector:ToChannelFromBotLoginUrl"] = entra.LoginUrl.ToString(),
        });

        using var response = await fixture.PostAsync(fixture.Message("Ik heb schulden"));
        var delivered = await fixture.Connector.DeliveredAsync(2);

        Assert.Empty(entra.Refusals);
        Assert.All(delivered, request => Assert.Equal("Bearer " + FakeEntraId.CertificateAppToken, request.Authorization));
        Assert.Equal(0, fixture.Connector.TokenRequests);
    }

    [Fact]
    public async Task Replies_of_a_managed_identity_bot_carry_the_token_from_IMDS()
    {
        await using var entra = await FakeEntraId.StartAsync();
        await using var fixture = await BotConnectorFixture.StartAsync(new Dictionary<string, string?>
        {
            ["BotConnector:MicrosoftAppType"] = "UserAssignedMSI",
            ["BotConnector:MicrosoftAppId"] = FakeEntraId.ManagedIdentityClientId,
            ["BotConnector:MicrosoftAppPassword"] = string.Empty,
            ["BotConnector:ManagedIdentityEndpoint"] = entra.ManagedIdentityEndpoint.ToString(),
        });

        using var response = await fixture.PostAsync(fixture.Message("Ik heb schulden"), fixture.Connector.Token(audience: FakeEntraId.ManagedIdentityClientId));
        var delivered = await fixture.Connector.DeliveredAsync(2);

        Assert.Empty(entra.Refusals);
        Assert.All(delivered, request => Assert.Equal("Bearer " + FakeEntraId.ManagedIdentityToken, request.Authorization));
    }

    private static BotConnectorOptions CertificateSettings(FakeEntraId entra, string path) => new()
    {
        MicrosoftAppId = FakeBotConnector.AppId,
        MicrosoftAppTenantId = FakeBotConnector.TenantId,
        MicrosoftAppCertificatePath = path,
        MicrosoftAppCertificatePassword = PfxPassword,
        ToChannelFromBotLoginUrl = entra.LoginUrl.ToString(),
    };

    private static BotConnectorOptions ManagedIdentitySettings(FakeEntraId entra) => new()
    {
        MicrosoftAppType = BotConnectorOptions.UserAssignedMsi,
        MicrosoftAppId = FakeEntraId.ManagedIdentityClientId,
        MicrosoftAppTenantId = FakeBotConnector.TenantId,
        ManagedIdentityEndpoint = entra.ManagedIdentityEndpoint.ToString(),
    };
}
