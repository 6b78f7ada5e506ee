using System.Net;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>
/// A certificate from the machine's certificate store by thumbprint: a bot process whose CurrentUser\My store (in a
/// home folder of its own) holds the registered certificate signs its client assertion with it; one whose store holds
/// the certificate without its private key does not start.
/// </summary>
public sealed class CertificateStoreCredentialTests
{
    [Fact]
    public async Task A_bot_finds_its_certificate_in_the_CurrentUser_My_store_by_thumbprint_and_replies_with_the_token_it_earned()
    {
        using var data = new TemporaryDirectory();
        using var home = new TemporaryDirectory();
        await using var entra = await FakeEntraId.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        using var certificate = TestCertificates.Create();
        using var registered = TestCertificates.PublicPart(certificate);
        entra.Trust(registered);
        var stored = TestCertificates.AddToUserStore(home.Path, certificate);
        var environment = Environment(connector, home.Path, certificate.Thumbprint.ToLowerInvariant());
        environment["BotConnector__ToChannelFromBotLoginUrl"] = entra.LoginUrl.ToString();

        await using (var bot = await BotProcess.StartAsync(data.Path, environment))
        {
            using var http = new HttpClient { BaseAddress = bot.BaseAddress };
            using var response = await BotConnectorFixture.PostAsync(http, BotConnectorFixture.Message(connector.ServiceUrl, "Ik heb schulden"), connector.Token());
            var delivered = await connector.DeliveredAsync(1, timeoutSeconds: 30);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(entra.Refusals);
            Assert.All(delivered, request => Assert.Equal("Bearer " + FakeEntraId.CertificateAppToken, request.Authorization));
            Assert.Equal(FakeBotConnector.AppId, entra.Assertions.First().Issuer);
            Assert.Equal(0, connector.TokenRequests);
        }

        TestCertificates.RemoveFromUserStore(home.Path, certificate);
        Assert.False(File.Exists(stored));
    }

    [Fact]
    public async Task A_certificate_in_the_store_without_its_private_key_stops_the_start_naming_the_setting()
    {
        using var data = new TemporaryDirectory();
        using var home = new TemporaryDirectory();
        await using var connector = await FakeBotConnector.StartAsync();
        using var withKey = TestCertificates.Create();
        using var withoutKey = TestCertificates.PublicPart(withKey);
        TestCertificates.AddToUserStore(home.Path, withoutKey);

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(data.Path, Environment(connector, home.Path, withKey.Thumbprint));

        Assert.NotEqual(0, exitCode);
        Assert.Contains(@"BotConnector:CertificateThumbprint: the certificate in CurrentUser\My has no private key", output, StringComparison.Ordinal);
        TestCertificates.RemoveFromUserStore(home.Path, withoutKey);
    }

    /// <summary>The fake registration's settings as environment variables, with the thumbprint instead of the password and a home of its own.</summary>
    private static Dictionary<string, string?> Environment(FakeBotConnector connector, string home, string thumbprint)
    {
        var environment = connector.Settings().ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value);
        environment["BotConnector__MicrosoftAppPassword"] = string.Empty;
        environment["BotConnector__CertificateThumbprint"] = thumbprint;
        environment["HOME"] = home;
        return environment;
    }
}
