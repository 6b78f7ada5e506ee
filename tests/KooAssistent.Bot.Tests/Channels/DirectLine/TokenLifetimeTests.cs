using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.DirectLine;

/// <summary>
/// How long what the bot hands out stays good: a stream ticket opens one stream once, and a conversation's tokens
/// cannot be renewed after it was erased or once it is older than DirectLine:MaxConversationAge.
/// </summary>
public sealed class TokenLifetimeTests
{
    [Fact]
    public async Task A_stream_ticket_opens_the_stream_once_and_a_second_use_does_not_displace_the_residents_stream()
    {
        using var bot = new BotFactory();
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        using var resident = await StreamFrames.ConnectAsync(bot, session.StreamUrl);
        await StreamFrames.ReceiveActivitiesAsync(resident, 1);

        await Assert.ThrowsAnyAsync<Exception>(() => StreamFrames.ConnectAsync(bot, session.StreamUrl));
        var id = await client.SendTextAsync(session, "ben je er nog?");
        var (live, _) = await StreamFrames.ReceiveActivitiesAsync(resident, 1);

        Assert.Equal(WebSocketState.Open, resident.State);
        Assert.Equal(id, (string)live[0]["id"]!);
    }

    [Fact]
    public async Task After_the_resident_erased_the_conversation_its_token_is_not_renewed_in_any_way()
    {
        using var bot = new BotFactory();
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        foreach (var text in new[] { "ik heb schulden", "wis mijn gesprek", "Ja, wis alles" })
        {
            await client.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }

        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token, null);
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}", session.Token, null);
        using var restart = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", session.Token, "{}");

        await AssertNotRenewedAsync(refresh);
        await AssertNotRenewedAsync(reconnect);
        await AssertNotRenewedAsync(restart);
    }

    [Fact]
    public async Task A_conversation_older_than_the_maximum_age_gets_no_new_token_however_often_it_was_refreshed()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var bot = new BotFactory(new Dictionary<string, string?> { ["DirectLine:MaxConversationAge"] = "01:00:00" }, clock);
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        for (var quarter = 0; quarter < 3; quarter++)
        {
            clock.Advance(TimeSpan.FromMinutes(15));
            using var refreshed = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token, null);
            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
            session = session with { Token = (string)(await refreshed.Content.ReadFromJsonAsync<JsonObject>())!["token"]! };
        }

        clock.Advance(TimeSpan.FromMinutes(16));
        using var tooOld = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token, null);
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}", session.Token, null);

        await AssertNotRenewedAsync(tooOld);
        await AssertNotRenewedAsync(reconnect);
    }

    [Fact]
    public async Task A_token_for_a_conversation_that_was_never_started_is_not_refreshed()
    {
        using var bot = new BotFactory();
        var client = bot.CreateDirectLineClient();
        var (token, _, _) = await client.GetTokenAsync();

        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token, null);

        Assert.Equal(HttpStatusCode.NotFound, refresh.StatusCode);
    }

    private static async Task AssertNotRenewedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("TokenExpired", (string?)body?["error"]?["code"]);
        Assert.Null(body?["token"]);
    }
}
