using System.Net;
using System.Security.Cryptography;
using KooAssistent.Testing;
using Microsoft.IdentityModel.Tokens;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>
/// <c>/api/messages</c> takes an activity only with a token the Bot Connector service would issue for it
/// (protocols.md §3.1); anything else is 401 and nothing is stored.
/// </summary>
public sealed class BotConnectorAuthenticationTests
{
    [Fact]
    public async Task A_validly_signed_message_is_answered_through_the_Connector_API_in_reply_to_it()
    {
        await using var fixture = await BotConnectorFixture.StartAsync();

        using var response = await fixture.PostAsync(fixture.Message("mijn peuter krijgt steeds driftbuien in de winkel, wat doe ik?"));
        await Polling.WaitUntilAsync(() => fixture.Connector.Delivered.Any(request => request.ReplyToId == "act-1"), TimeSpan.FromSeconds(15));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delivered = fixture.Connector.Delivered;
        var answer = Assert.Single(delivered, request => request.ReplyToId == "act-1" && request.Body.ToJsonString().Contains("driftbui", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("conv-1", answer.ConversationId);
        Assert.Equal("message", (string?)answer.Body["type"]);
        Assert.Equal("koo-bot-id", (string?)answer.Body["from"]!["id"]);
        Assert.Equal("user-1", (string?)answer.Body["recipient"]!["id"]);
        Assert.Equal("conv-1", (string?)answer.Body["conversation"]!["id"]);
        Assert.Equal("act-1", (string?)answer.Body["replyToId"]);
        Assert.Null(answer.Body["channelData"]);

        // The welcome answers no message, so it goes to the conversation itself.
        Assert.Contains(delivered, request => request.ReplyToId is null && request.Body.ToJsonString().Contains("computerprogramma", StringComparison.Ordinal));
        Assert.All(delivered, request => Assert.Equal("Bearer " + FakeBotConnector.IssuedAppToken, request.Authorization));
        Assert.Equal(1, fixture.Connector.TokenRequests);
    }

    public static TheoryData<string> Refusals => ["forged signature", "wrong audience", "wrong issuer", "expired", "not yet valid", "unknown key", "serviceUrl mismatch", "missing endorsement", "HS256", "no token", "not a JWT"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_token_that_is_wrong_in_any_way_is_refused_with_401_and_nothing_is_stored(string kind)
    {
        await using var fixture = await BotConnectorFixture.StartAsync();
        var connector = fixture.Connector;
        var activity = fixture.Message("Ik heb schulden");
        var now = DateTimeOffset.UtcNow;
        var token = kind switch
        {
            "forged signature" => connector.Token(key: new SigningKey(new RsaSecurityKey(RSA.Create(2048)) { KeyId = connector.CurrentKey.Key.KeyId }, [])),
            "wrong audience" => connector.Token(audience: "another-bot"),
            "wrong issuer" => connector.Token(issuer: "https://sts.windows.net/someone-else/"),
            "expired" => connector.Token(notBefore: now.AddHours(-2), expires: now.AddMinutes(-6)),
            "not yet valid" => connector.Token(notBefore: now.AddMinutes(10), expires: now.AddHours(1)),
            "unknown key" => connector.Token(key: FakeBotConnector.UnpublishedKey()),
            "serviceUrl mismatch" => connector.Token(serviceUrl: "https://smba.trafficmanager.net/emea/"),
            "missing endorsement" => connector.Token(key: connector.PublishKey("msteams")),
            "HS256" => new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = FakeBotConnector.Issuer,
                Audience = FakeBotConnector.AppId,
                Claims = new Dictionary<string, object> { ["serviceurl"] = connector.ServiceUrl },
                SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]) { KeyId = connector.CurrentKey.Key.KeyId }, SecurityAlgorithms.HmacSha256),
            }),
            "no token" => null,
            "not a JWT" => "abc.def",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        using var response = await fixture.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await fixture.StoredAsync());
    }

    [Fact]
    public async Task A_token_expired_less_than_five_minutes_ago_is_still_accepted()
    {
        await using var fixture = await BotConnectorFixture.StartAsync();
        var now = DateTimeOffset.UtcNow;

        using var response = await fixture.PostAsync(fixture.Message("Ik heb schulden"), fixture.Connector.Token(notBefore: now.AddHours(-1), expires: now.AddMinutes(-3)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await fixture.StoredAsync());
    }

    [Fact]
    public async Task A_valid_token_for_a_plain_http_service_url_that_is_not_loopback_is_refused_and_nothing_is_stored()
    {
        await using var fixture = await BotConnectorFixture.StartAsync();
        var activity = BotConnectorFixture.Message("http://connector.example/", "Ik heb schulden");

        using var response = await fixture.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await fixture.StoredAsync());
    }

    [Fact]
    public async Task A_rotated_key_is_fetched_when_a_token_names_it()
    {
        await using var fixture = await BotConnectorFixture.StartAsync(new Dictionary<string, string?> { ["BotConnector:KeyRefreshMinimumInterval"] = "00:00:00" });
        using var first = await fixture.PostAsync(fixture.Message("Ik heb schulden"));

        fixture.Connector.RotateKey();
        using var second = await fixture.PostAsync(fixture.Message("Ik heb nog meer schulden", activityId: "act-2"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, fixture.Connector.KeyFetches);
    }

    [Fact]
    public async Task Made_up_key_ids_do_not_make_the_bot_fetch_the_keys_again_within_five_minutes_of_the_last_fetch()
    {
        await using var fixture = await BotConnectorFixture.StartAsync();
        using var valid = await fixture.PostAsync(fixture.Message("Ik heb schulden"));

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var refused = await fixture.PostAsync(fixture.Message("Ik heb schulden", activityId: $"x{attempt}"), fixture.Connector.Token(key: FakeBotConnector.UnpublishedKey()));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(1, fixture.Connector.KeyFetches);
    }

    [Fact]
    public async Task Without_an_app_id_a_caller_that_is_not_on_loopback_is_refused()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var bot = new BotFactory();
        using var http = bot.CreateClient();

        // The in-memory test server has no remote address: not loopback, so refused.
        using var response = await BotConnectorFixture.PostAsync(http, BotConnectorFixture.Message(connector.ServiceUrl, "Ik heb schulden"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Without_an_app_id_the_Emulator_on_loopback_is_answered_without_a_token()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var bot = new BotFactory(new Dictionary<string, string?> { ["BotConnector:DispatchInterval"] = "00:00:00.050" });
        using var http = new HttpClient { BaseAddress = bot.StartOnLoopback() };

        using var response = await BotConnectorFixture.PostAsync(http, BotConnectorFixture.Message(connector.ServiceUrl, "Ik heb schulden", channelId: "emulator"), token: null);
        var delivered = await connector.DeliveredAsync(2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(delivered, request => request.ReplyToId == "act-1");
        Assert.All(delivered, request => Assert.Equal(string.Empty, request.Authorization));
        Assert.Equal(0, connector.TokenRequests);
    }
}
