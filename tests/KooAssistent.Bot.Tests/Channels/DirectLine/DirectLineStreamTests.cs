using System.Net.WebSockets;
using System.Text.Json.Nodes;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.DirectLine;

/// <summary>The WebSocket behind streamUrl: replay from a watermark, live push, one stream per conversation.</summary>
public sealed class DirectLineStreamTests
{
    [Fact]
    public async Task The_stream_replays_the_welcome_then_pushes_the_echo_and_the_reply_live()
    {
        using var bot = new BotFactory();
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        using var socket = await ConnectAsync(bot, session.StreamUrl);

        var (welcome, _) = await StreamFrames.ReceiveActivitiesAsync(socket, 1);
        var id = await client.SendTextAsync(session, "Mijn toeslag is gestopt", clientActivityId: "ws-1");
        var (live, watermark) = await StreamFrames.ReceiveActivitiesAsync(socket, 2);

        Assert.Contains("computerprogramma", (string)welcome[0]["text"]!, StringComparison.Ordinal);
        Assert.Equal(id, (string)live[0]["id"]!);
        Assert.Equal("ws-1", (string)live[0]["channelData"]!["clientActivityID"]!);
        Assert.Equal(id, (string)live[1]["replyToId"]!);
        Assert.Equal("3", watermark);
    }

    [Fact]
    public async Task Reconnecting_with_the_old_watermark_delivers_what_was_missed_exactly_once()
    {
        using var bot = new BotFactory();
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        string? watermark;
        using (var first = await ConnectAsync(bot, session.StreamUrl))
        {
            (_, watermark) = await StreamFrames.ReceiveActivitiesAsync(first, 1);
            await first.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        var missed = new[] { await client.SendTextAsync(session, "terwijl ik weg was 1"), await client.SendTextAsync(session, "terwijl ik weg was 2") };
        await bot.WaitForTurnsAsync(session.ConversationId);
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}?watermark={watermark}", session.Token, null);
        var streamUrl = (string)JsonNode.Parse(await reconnect.Content.ReadAsStringAsync())!["streamUrl"]!;
        using var second = await ConnectAsync(bot, streamUrl);
        var (replayed, _) = await StreamFrames.ReceiveActivitiesAsync(second, 4);

        Assert.Equal(4, replayed.Select(activity => (string)activity["id"]!).Distinct().Count());
        Assert.Equal(missed, replayed.Where(activity => (string)activity["from"]!["role"]! == "user").Select(activity => (string)activity["id"]!));
        Assert.DoesNotContain(replayed, activity => ((string?)activity["text"])?.Contains("computerprogramma", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_newer_stream_for_the_same_conversation_closes_the_older_one_with_collision()
    {
        using var bot = new BotFactory();
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        using var older = await ConnectAsync(bot, session.StreamUrl);
        await StreamFrames.ReceiveActivitiesAsync(older, 1);

        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}", session.Token, null);
        using var newer = await ConnectAsync(bot, (string)JsonNode.Parse(await reconnect.Content.ReadAsStringAsync())!["streamUrl"]!);
        var closed = await Assert.ThrowsAsync<InvalidOperationException>(() => StreamFrames.ReceiveTextAsync(older));

        Assert.Contains("collision", closed.Message, StringComparison.Ordinal);
        var (replayed, _) = await StreamFrames.ReceiveActivitiesAsync(newer, 1);
        Assert.Single(replayed);
    }

    [Fact]
    public async Task An_idle_stream_gets_empty_keep_alive_frames()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var bot = new BotFactory(clock: clock);
        var session = await bot.CreateDirectLineClient().StartConversationAsync();
        await bot.WaitForTurnsAsync(session.ConversationId);
        using var socket = await ConnectAsync(bot, session.StreamUrl);
        await StreamFrames.ReceiveActivitiesAsync(socket, 1);

        // The stream waits on the bot's clock; move it on until the server's wait is due. The short real wait
        // only yields to the server between moves, the outcome does not depend on its length.
        var keepAlive = StreamFrames.ReceiveTextAsync(socket);
        while (!keepAlive.IsCompleted)
        {
            clock.Advance(TimeSpan.FromSeconds(15));
            await Task.WhenAny(keepAlive, Task.Delay(20));
        }

        Assert.Equal(string.Empty, await keepAlive);
    }

    [Fact]
    public async Task A_browser_on_a_site_that_may_not_embed_the_widget_cannot_open_the_stream()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["WebChat:AllowedOrigins:0"] = "https://www.s-hertogenbosch.nl" });
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(bot, session.StreamUrl, origin: "https://evil.example"));
        foreach (var origin in new[] { "https://www.s-hertogenbosch.nl", "http://localhost" })
        {
            // A stream ticket opens the stream once, so every connection asks for its own streamUrl, as DirectLineJS does.
            using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}?watermark=0", session.Token, null);
            var streamUrl = (string)JsonNode.Parse(await reconnect.Content.ReadAsStringAsync())!["streamUrl"]!;
            using var socket = await ConnectAsync(bot, streamUrl, origin);
            var (welcome, _) = await StreamFrames.ReceiveActivitiesAsync(socket, 1);
            Assert.Single(welcome);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_stream_cannot_be_opened_with_a_conversation_token_or_for_another_conversation()
    {
        using var bot = new BotFactory();
        var client = bot.CreateDirectLineClient();
        var mine = await client.StartConversationAsync();
        var theirs = await client.StartConversationAsync();
        var ticketOfMine = mine.StreamUrl[(mine.StreamUrl.IndexOf("&t=", StringComparison.Ordinal) + 3)..];

        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(bot, $"ws://localhost/v3/directline/conversations/{mine.ConversationId}/stream?t={mine.Token}"));
        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(bot, $"ws://localhost/v3/directline/conversations/{theirs.ConversationId}/stream?t={ticketOfMine}"));
    }

    [Fact]
    public async Task A_stream_ticket_older_than_a_minute_is_refused()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var bot = new BotFactory(clock: clock);
        var session = await bot.CreateDirectLineClient().StartConversationAsync();

        clock.Advance(TimeSpan.FromSeconds(61));

        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(bot, session.StreamUrl));
    }

    private static async Task<WebSocket> ConnectAsync(BotFactory bot, string streamUrl, string? origin = null)
    {
        var client = bot.Server.CreateWebSocketClient();
        if (origin is not null)
        {
            client.ConfigureRequest = request => request.Headers.Origin = origin;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await client.ConnectAsync(new Uri(streamUrl), timeout.Token);
    }
}
