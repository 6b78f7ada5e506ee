using System.Net;
using KooAssistent.Bot.Channels.BotConnector;
using KooAssistent.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>
/// A <c>UserAssignedMSI</c> bot's reply token: from App Service's local token service (<c>IDENTITY_ENDPOINT</c> with
/// <c>X-IDENTITY-HEADER</c>, an answer with <c>expires_on</c> only) or IMDS, kept until five minutes before it expires,
/// and after a failing answer asked again a second later, so the outbox delivers the reply once it comes.
/// </summary>
public sealed class ManagedIdentityCredentialTests
{
    [Fact]
    public async Task An_App_Service_bot_keeps_its_token_until_five_minutes_before_expires_on_and_then_asks_again()
    {
        await using var entra = await FakeEntraId.StartAsync();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        entra.Clock = clock;
        using var http = new HttpClient();
        using var tokens = new ConnectorTokenClient(http, Options.Create(AppServiceSettings(entra)), clock, NullLogger<ConnectorTokenClient>.Instance);

        var header = await tokens.GetAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(54));
        await tokens.GetAsync(CancellationToken.None);
        Assert.Equal(1, entra.TokenRequests);

        clock.Advance(TimeSpan.FromMinutes(2));
        await tokens.GetAsync(CancellationToken.None);

        Assert.Empty(entra.Refusals);
        Assert.Equal("Bearer " + FakeEntraId.AppServiceIdentityToken, header!.ToString());
        Assert.Equal(2, entra.TokenRequests);
    }

    [Fact]
    public async Task After_a_5xx_the_identity_endpoint_is_asked_again_a_second_later_and_after_a_400_thirty_seconds_later()
    {
        await using var entra = await FakeEntraId.StartAsync();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var http = new HttpClient();
        using var tokens = new ConnectorTokenClient(http, Options.Create(ImdsSettings(entra)), clock, NullLogger<ConnectorTokenClient>.Instance);
        entra.AnswerIdentity(503, 400);

        var unavailable = await Assert.ThrowsAsync<HttpRequestException>(() => tokens.GetAsync(CancellationToken.None));
        await Assert.ThrowsAsync<HttpRequestException>(() => tokens.GetAsync(CancellationToken.None));
        Assert.Equal(1, entra.TokenRequests);
        clock.Advance(TimeSpan.FromSeconds(1));
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => tokens.GetAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(29));
        await Assert.ThrowsAsync<HttpRequestException>(() => tokens.GetAsync(CancellationToken.None));
        Assert.Equal(2, entra.TokenRequests);
        clock.Advance(TimeSpan.FromSeconds(1));
        var header = await tokens.GetAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Bearer " + FakeEntraId.ManagedIdentityToken, header!.ToString());
        Assert.Equal(3, entra.TokenRequests);
    }

    [Fact]
    public async Task On_App_Service_a_reply_waits_out_a_503_from_IDENTITY_ENDPOINT_in_the_outbox_and_arrives_once_with_the_identitys_token()
    {
        await using var entra = await FakeEntraId.StartAsync();
        entra.AnswerIdentity(503);
        await using var fixture = await BotConnectorFixture.StartAsync(new Dictionary<string, string?>
        {
            ["BotConnector:MicrosoftAppType"] = "UserAssignedMSI",
            ["BotConnector:MicrosoftAppId"] = FakeEntraId.ManagedIdentityClientId,
            ["BotConnector:MicrosoftAppPassword"] = string.Empty,
            // As App Service sets them in the environment: no BotConnector setting names the endpoint.
            ["IDENTITY_ENDPOINT"] = entra.AppServiceIdentityEndpoint.ToString(),
            ["IDENTITY_HEADER"] = FakeEntraId.AppServiceIdentityHeader,
        });

        using var response = await fixture.PostAsync(fixture.Message("Ik heb schulden"), fixture.Connector.Token(audience: FakeEntraId.ManagedIdentityClientId));
        await Polling.WaitUntilAsync(() => fixture.Connector.Delivered.Any(request => request.ReplyToId == "act-1"), TimeSpan.FromSeconds(20));
        await Task.Delay(500); // a second copy would follow within a few outbox rounds (50 ms each)

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(entra.Refusals);
        Assert.Equal(2, entra.TokenRequests);
        var delivered = fixture.Connector.Delivered;
        Assert.All(delivered, request => Assert.Equal("Bearer " + FakeEntraId.AppServiceIdentityToken, request.Authorization));
        Assert.Equal(delivered.Count, delivered.Select(request => request.Body.ToJsonString()).Distinct().Count());
        Assert.Equal(0, fixture.Connector.TokenRequests);
    }

    private static BotConnectorOptions AppServiceSettings(FakeEntraId entra) => new()
    {
        MicrosoftAppType = BotConnectorOptions.UserAssignedMsi,
        MicrosoftAppId = FakeEntraId.ManagedIdentityClientId,
        MicrosoftAppTenantId = FakeBotConnector.TenantId,
        ManagedIdentityEndpoint = entra.AppServiceIdentityEndpoint.ToString(),
        ManagedIdentityHeader = FakeEntraId.AppServiceIdentityHeader,
    };

    private static BotConnectorOptions ImdsSettings(FakeEntraId entra) => new()
    {
        MicrosoftAppType = BotConnectorOptions.UserAssignedMsi,
        MicrosoftAppId = FakeEntraId.ManagedIdentityClientId,
        MicrosoftAppTenantId = FakeBotConnector.TenantId,
        ManagedIdentityEndpoint = entra.ManagedIdentityEndpoint.ToString(),
    };
}
