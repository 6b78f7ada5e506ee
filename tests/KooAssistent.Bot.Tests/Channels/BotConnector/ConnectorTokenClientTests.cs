using KooAssistent.Bot.Channels.BotConnector;
using KooAssistent.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>The app token for replies: asked for once, kept until five minutes before it expires, and not asked again at once after a refusal.</summary>
public sealed class ConnectorTokenClientTests
{
    private static BotConnectorOptions Settings(FakeBotConnector connector, string password = FakeBotConnector.AppPassword) => new()
    {
        MicrosoftAppId = FakeBotConnector.AppId,
        MicrosoftAppPassword = password,
        MicrosoftAppTenantId = FakeBotConnector.TenantId,
        ToChannelFromBotLoginUrl = connector.LoginUrl.ToString(),
    };

    [Fact]
    public async Task The_token_is_kept_until_five_minutes_before_it_expires()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var clock = new ManualClock();
        using var http = new HttpClient();
        using var tokens = new ConnectorTokenClient(http, Options.Create(Settings(connector)), clock, NullLogger<ConnectorTokenClient>.Instance);

        var first = await tokens.GetAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(54));
        await tokens.GetAsync(CancellationToken.None);
        Assert.Equal(1, connector.TokenRequests);

        clock.Advance(TimeSpan.FromMinutes(2));
        await tokens.GetAsync(CancellationToken.None);

        Assert.Equal("Bearer " + FakeBotConnector.IssuedAppToken, first!.ToString());
        Assert.Equal(2, connector.TokenRequests);
    }

    [Fact]
    public async Task After_a_refused_secret_the_token_endpoint_is_not_asked_again_for_thirty_seconds()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var clock = new ManualClock();
        using var http = new HttpClient();
        using var tokens = new ConnectorTokenClient(http, Options.Create(Settings(connector, password: "wrong")), clock, NullLogger<ConnectorTokenClient>.Instance);

        await Assert.ThrowsAsync<HttpRequestException>(() => tokens.GetAsync(CancellationToken.None));
        await Assert.ThrowsAsync<HttpRequestException>(() => tokens.GetAsync(CancellationToken.None));
        Assert.Equal(1, connector.TokenRequests);

        clock.Advance(TimeSpan.FromSeconds(31));
        await Assert.ThrowsAsync<HttpRequestException>(() => tokens.GetAsync(CancellationToken.None));
        Assert.Equal(2, connector.TokenRequests);
    }
}
