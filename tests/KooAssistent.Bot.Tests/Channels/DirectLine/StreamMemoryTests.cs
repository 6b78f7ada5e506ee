using System.Net.WebSockets;
using System.Text.Json.Nodes;
using KooAssistent.Testing;
using Xunit.Abstractions;

namespace KooAssistent.Bot.Tests.Channels.DirectLine;

/// <summary>
/// Memory a client holds through streams it never reads. Each conversation is filled with 200 activities of 30 KB
/// (what any token holder may post), then its stream is opened from the start and never read: the bot can only
/// hold the frame it is sending. The bot runs as its own process, as in <c>RequestBodyMemoryTests</c>.
/// A bot that buffered the backlog would hold at least 12 × 200 × 30 KB = 72 MB; a bounded one grew by 6–24 MB on
/// different machines (garbage the runtime had not yet collected counts too), so the limit sits between the two.
/// </summary>
public sealed class StreamMemoryTests(ITestOutputHelper output)
{
    private const int Conversations = 12;
    private const int ActivitiesPerConversation = 200;
    private const long AllowedGrowth = 48 * 1024 * 1024;

    [Fact]
    public async Task Twelve_streams_that_are_never_read_grow_the_bot_by_less_than_48_MB_and_a_thirteenth_is_refused()
    {
        using var data = new TemporaryDirectory();
        await using var bot = await BotProcess.StartAsync(data.Path, new Dictionary<string, string?>
        {
            ["WebChat__TokenRequestsPerMinute"] = "1000",
            ["DirectLine__RequestsPerMinute"] = "100000",
            ["DirectLine__MaxStreamsPerAddress"] = Conversations.ToString(System.Globalization.CultureInfo.InvariantCulture),

            // Long enough that no stream is cut off while it is measured: what counts is what one stalled stream holds.
            ["DirectLine__StreamSendTimeout"] = "00:10:00",
        });
        using var http = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var client = new DirectLineTestClient(http);
        var sessions = new List<DirectLineSession>();
        for (var conversation = 0; conversation < Conversations + 1; conversation++)
        {
            sessions.Add(await FilledConversationAsync(client, conversation < Conversations ? ActivitiesPerConversation : 0));
        }

        var before = ProcessMemory.Resident(bot.ProcessId);
        ProcessMemory.ResetPeak(bot.ProcessId);
        var sockets = new List<ClientWebSocket>();
        try
        {
            foreach (var session in sessions.Take(Conversations))
            {
                sockets.Add(await ConnectAsync(bot, session.StreamUrl));
            }

            // The bot writes until the connections' buffers are full; then every stream waits on its client.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var growth = ProcessMemory.Peak(bot.ProcessId) - before;
            var next = await TryConnectAsync(bot, sessions[^1].StreamUrl);

            output.WriteLine($"{before / 1048576} MB before, +{growth / 1048576} MB at the peak with {Conversations} unread streams; the next: {next}");
            Assert.False(bot.HasExited, $"The bot died:\n{bot.Output}");
            Assert.Contains("429", next, StringComparison.Ordinal);
            Assert.True(growth < AllowedGrowth, $"grew by {growth / 1048576} MB");
        }
        finally
        {
            foreach (var socket in sockets)
            {
                socket.Abort();
                socket.Dispose();
            }
        }
    }

    private static async Task<DirectLineSession> FilledConversationAsync(DirectLineTestClient client, int activities)
    {
        var session = await client.StartConversationAsync();
        var padding = new string('x', 30_000);
        await Task.WhenAll(Enumerable.Range(0, activities).Select(async index =>
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
        }));
        return session;
    }

    private static async Task<string> TryConnectAsync(BotProcess bot, string streamUrl)
    {
        try
        {
            using var socket = await ConnectAsync(bot, streamUrl);
            socket.Abort();
            return "opened";
        }
        catch (WebSocketException refused)
        {
            return refused.Message;
        }
    }

    private static async Task<ClientWebSocket> ConnectAsync(BotProcess bot, string streamUrl)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new UriBuilder(streamUrl) { Host = bot.BaseAddress.Host, Port = bot.BaseAddress.Port }.Uri, timeout.Token);
        return socket;
    }
}
