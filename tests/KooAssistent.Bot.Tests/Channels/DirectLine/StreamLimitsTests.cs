using System.Net.WebSockets;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Channels.DirectLine;
using KooAssistent.Bot.Turns;
using KooAssistent.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Channels.DirectLine;

/// <summary>
/// What a client can hold through the stream: how many sockets, for how long, and what it may send into them. Every
/// way a stream ends is safe for a resident, because DirectLineJS reconnects from its watermark and misses nothing.
/// </summary>
public sealed class StreamLimitsTests
{
    [Fact]
    public async Task Streams_beyond_the_limit_per_address_are_refused_with_429_and_a_closed_one_makes_room()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["DirectLine:MaxStreamsPerAddress"] = "2" });
        var client = bot.CreateDirectLineClient();
        var sessions = new[] { await client.StartConversationAsync(), await client.StartConversationAsync(), await client.StartConversationAsync() };
        using var first = await StreamFrames.ConnectAsync(bot, sessions[0].StreamUrl);
        using var second = await StreamFrames.ConnectAsync(bot, sessions[1].StreamUrl);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => StreamFrames.ConnectAsync(bot, sessions[2].StreamUrl));
        await CloseAsync(first);
        using var third = await StreamFrames.ConnectAsync(bot, await StreamFrames.StreamUrlAsync(client, sessions[2]));

        Assert.Contains("429", refused.Message, StringComparison.Ordinal);
        Assert.Single((await StreamFrames.ReceiveActivitiesAsync(third, 1)).Activities);
    }

    [Fact]
    public async Task Streams_beyond_the_limit_of_the_instance_are_refused_with_503()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["DirectLine:MaxStreams"] = "2" });
        var client = bot.CreateDirectLineClient();
        var sessions = new[] { await client.StartConversationAsync(), await client.StartConversationAsync(), await client.StartConversationAsync() };
        using var first = await StreamFrames.ConnectAsync(bot, sessions[0].StreamUrl);
        using var second = await StreamFrames.ConnectAsync(bot, sessions[1].StreamUrl);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => StreamFrames.ConnectAsync(bot, sessions[2].StreamUrl));

        Assert.Contains("503", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streams_that_end_in_any_way_leave_no_count_and_no_listener_behind()
    {
        using var bot = new BotFactory();
        var client = bot.CreateDirectLineClient();
        var registry = bot.Services.GetRequiredService<StreamRegistry>();
        var notifier = (InProcessConversationNotifier)bot.Services.GetRequiredService<IConversationNotifier>();
        var closed = await client.StartConversationAsync();
        var aborted = await client.StartConversationAsync();
        var superseded = await client.StartConversationAsync();

        using (var socket = await StreamFrames.ConnectAsync(bot, closed.StreamUrl))
        {
            await CloseAsync(socket);
        }

        var abortedSocket = await StreamFrames.ConnectAsync(bot, aborted.StreamUrl);
        await StreamFrames.ReceiveActivitiesAsync(abortedSocket, 1);
        abortedSocket.Abort();
        using (var older = await StreamFrames.ConnectAsync(bot, superseded.StreamUrl))
        using (var newer = await StreamFrames.ConnectAsync(bot, await StreamFrames.StreamUrlAsync(client, superseded)))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => StreamFrames.ReceiveActivitiesAsync(older, 2));
            await CloseAsync(newer);
        }

        await Polling.WaitUntilAsync(() => registry.OpenStreams == 0 && notifier.ListenedConversations == 0, TimeSpan.FromSeconds(10));
        Assert.Equal(0, registry.OpenStreams);
        Assert.Equal(0, notifier.ListenedConversations);
        Assert.Equal(0, registry.Addresses);
    }

    [Fact]
    public async Task A_client_message_over_4_KiB_closes_the_stream_with_1009()
    {
        using var bot = new BotFactory();
        var session = await bot.CreateDirectLineClient().StartConversationAsync();
        using var socket = await StreamFrames.ConnectAsync(bot, session.StreamUrl);

        // Sent in pieces without an end, as a message that never ends would be: the limit holds before it is whole.
        for (var piece = 0; piece < 5; piece++)
        {
            await socket.SendAsync(new byte[1024], WebSocketMessageType.Binary, endOfMessage: false, CancellationToken.None);
        }

        Assert.Equal(WebSocketCloseStatus.MessageTooBig, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task More_than_30_client_messages_in_a_minute_close_the_stream_with_1008_while_a_ping_every_20_seconds_is_fine()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var bot = new BotFactory(clock: clock);
        var session = await bot.CreateDirectLineClient().StartConversationAsync();

        // DirectLineJS's own pings, an empty message every 20 seconds for twenty minutes, then 31 at once. The socket
        // moves the clock as the stream reads each message, so time passes between the pings as the stream sees them.
        var pings = Enumerable.Repeat(TimeSpan.FromSeconds(20), 60).Concat(Enumerable.Repeat(TimeSpan.Zero, 31));
        var socket = new PingingSocket(clock, pings);
        var stream = bot.Services.GetRequiredService<DirectLineStreamSession>();

        await stream.RunAsync(socket, session.ConversationId, watermark: 0, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, socket.ClosedWith);
        Assert.InRange(socket.MessagesRead, 61, 91);
    }

    [Fact]
    public async Task A_stream_ends_a_token_lifetime_after_it_opened_and_the_client_reconnects_with_its_watermark()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var bot = new BotFactory(clock: clock);
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        using var socket = await StreamFrames.ConnectAsync(bot, session.StreamUrl);
        var (_, watermark) = await StreamFrames.ReceiveActivitiesAsync(socket, 1);

        // DirectLineJS refreshes its token halfway through the token's lifetime, so it has a valid one to reconnect with.
        var closing = ClosedWithAsync(socket);
        for (var minute = 1; !closing.IsCompleted; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            if (minute == 15)
            {
                session = await RefreshAsync(client, session);
            }

            await Task.WhenAny(closing, Task.Delay(20));
        }

        using var again = await StreamFrames.ConnectAsync(bot, await StreamFrames.StreamUrlAsync(client, session, watermark));
        await client.SendTextAsync(session, "Mijn toeslag is gestopt");
        var (live, _) = await StreamFrames.ReceiveActivitiesAsync(again, 2);

        Assert.Equal(WebSocketCloseStatus.NormalClosure, await closing);
        Assert.Equal("Mijn toeslag is gestopt", (string?)live[0]["text"]);
    }

    [Fact]
    public async Task A_stream_whose_client_takes_no_frame_is_cut_off_after_the_send_timeout()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var bot = new BotFactory(clock: clock);
        var session = await bot.CreateDirectLineClient().StartConversationAsync();
        var socket = new UnreadSocket();
        var stream = bot.Services.GetRequiredService<DirectLineStreamSession>();

        var running = stream.RunAsync(socket, session.ConversationId, watermark: 0, CancellationToken.None);
        for (var second = 0; second < 120 && !running.IsCompleted; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(running, Task.Delay(20));
        }

        Assert.True(running.IsCompleted, "The stream still waits for a client that does not read.");
        Assert.True(socket.Aborted);
        Assert.Equal(1, socket.FramesOffered);
    }

    [Fact]
    public async Task A_replay_frame_holds_at_most_64_K_characters_and_the_watermark_carries_the_client_on()
    {
        using var bot = new BotFactory();
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var padding = new string('x', 20_000);
        for (var index = 0; index < 8; index++)
        {
            var activity = new JsonObject
            {
                ["type"] = "event",
                ["name"] = "padding",
                ["from"] = new JsonObject { ["id"] = session.UserId },
                ["channelData"] = new JsonObject { ["pad"] = padding, ["clientActivityID"] = $"pad-{index}" },
            };
            using var posted = await client.PostActivityAsync(session, activity.ToJsonString());
            posted.EnsureSuccessStatusCode();
        }

        using var socket = await StreamFrames.ConnectAsync(bot, session.StreamUrl);
        var frames = new List<string>();
        var received = 0;
        while (received < 9)
        {
            var text = await StreamFrames.ReceiveTextAsync(socket);
            frames.Add(text);
            received += JsonNode.Parse(text)!["activities"]!.AsArray().Count;
        }

        Assert.All(frames, frame => Assert.True(frame.Length <= DirectLineStreamSession.MaxFrameCharacters + 4096, $"A frame of {frame.Length} characters"));
        Assert.True(frames.Count >= 3);
        Assert.Equal(9, received);
    }

    private static async Task<DirectLineSession> RefreshAsync(DirectLineTestClient client, DirectLineSession session)
    {
        using var refreshed = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token, null);
        refreshed.EnsureSuccessStatusCode();
        return session with { Token = (string)JsonNode.Parse(await refreshed.Content.ReadAsStringAsync())!["token"]! };
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    /// <summary>Reads (and drops) frames until the server closes; the close status it gave.</summary>
    private static async Task<WebSocketCloseStatus?> ClosedWithAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return result.CloseStatus;
            }
        }
    }

    /// <summary>A client that never reads: every frame waits until the server gives up on it.</summary>
    private sealed class UnreadSocket : WebSocket
    {
        private readonly TaskCompletionSource gone = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int framesOffered;

        public bool Aborted { get; private set; }

        public int FramesOffered => framesOffered;

        public override WebSocketCloseStatus? CloseStatus => null;

        public override string? CloseStatusDescription => null;

        public override WebSocketState State => Aborted ? WebSocketState.Aborted : WebSocketState.Open;

        public override string? SubProtocol => null;

        public override void Abort()
        {
            Aborted = true;
            gone.TrySetResult();
        }

        public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) => Task.CompletedTask;

        public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Dispose() => Abort();

        public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
        {
            await gone.Task;
            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely);
        }

        public override async Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref framesOffered);
            await Task.WhenAny(gone.Task, Task.Delay(Timeout.Infinite, cancellationToken));
            if (!Aborted)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely);
        }
    }

    /// <summary>
    /// A client that sends empty messages, each after its own gap on the manual clock, and takes every frame at once;
    /// when its messages are spent it waits for the server's close.
    /// </summary>
    private sealed class PingingSocket(ManualClock clock, IEnumerable<TimeSpan> gaps) : WebSocket
    {
        private readonly IEnumerator<TimeSpan> pending = gaps.GetEnumerator();
        private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private WebSocketState state = WebSocketState.Open;

        public WebSocketCloseStatus? ClosedWith { get; private set; }

        public int MessagesRead { get; private set; }

        public override WebSocketCloseStatus? CloseStatus => ClosedWith;

        public override string? CloseStatusDescription => null;

        public override WebSocketState State => state;

        public override string? SubProtocol => null;

        public override void Abort()
        {
            state = WebSocketState.Aborted;
            closed.TrySetResult();
        }

        public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
            CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

        public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken)
        {
            ClosedWith ??= closeStatus;
            state = WebSocketState.CloseSent;
            closed.TrySetResult();
            return Task.CompletedTask;
        }

        public override void Dispose() => Abort();

        public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
        {
            if (!closed.Task.IsCompleted && pending.MoveNext())
            {
                clock.Advance(pending.Current);
                MessagesRead++;
                return new WebSocketReceiveResult(0, WebSocketMessageType.Text, endOfMessage: true);
            }

            await closed.Task.WaitAsync(cancellationToken);
            state = WebSocketState.Closed;
            return new WebSocketReceiveResult(0, WebSocketMessageType.Close, endOfMessage: true, ClosedWith, null);
        }

        public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
            Task.CompletedTask;
    }
}
