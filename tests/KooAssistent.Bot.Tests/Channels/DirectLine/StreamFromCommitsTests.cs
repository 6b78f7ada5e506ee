using System.Net.WebSockets;
using System.Text.Json.Nodes;
using KooAssistent.Conversation.Activities;
using KooAssistent.Storage;
using KooAssistent.Storage.Changes;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Channels.DirectLine;

/// <summary>
/// A stream sends what a commit in this process says it stored without reading it back, but only when it follows the
/// stream's watermark without a gap; otherwise it reads the store, which stays the source of truth.
/// </summary>
public sealed class StreamFromCommitsTests : IDisposable
{
    private readonly BotFactory bot = new();

    [Fact]
    public async Task What_a_commit_says_it_stored_right_after_the_watermark_goes_out_as_said_without_a_read()
    {
        var (session, socket) = await StreamAfterWelcomeAsync();
        using var _ = socket;

        // Not in the store at all: only the signal can have carried it to the stream.
        var (sent, watermark) = await PublishAndReceiveAsync(socket, session.ConversationId, sequence: 2);

        Assert.Equal("alleen in het signaal", (string?)Assert.Single(sent)["text"]);
        Assert.Equal("2", watermark);
    }

    [Fact]
    public async Task What_a_commit_says_it_stored_after_a_gap_is_not_trusted_and_the_store_is_read_instead()
    {
        var (session, socket) = await StreamAfterWelcomeAsync();
        using var _ = socket;
        await bot.Services.GetRequiredService<IConversationStore>().AppendOutboundAsync(session.ConversationId, Activity.Message("uit de database"), CancellationToken.None);

        var (sent, watermark) = await PublishAndReceiveAsync(socket, session.ConversationId, sequence: 3);

        Assert.Equal("uit de database", (string?)Assert.Single(sent)["text"]);
        Assert.Equal("2", watermark);
    }

    [Fact]
    public async Task The_echo_and_the_reply_pushed_live_are_exactly_what_polling_reads_from_the_store()
    {
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        using var socket = await StreamFrames.ConnectAsync(bot, session.StreamUrl);
        await StreamFrames.ReceiveActivitiesAsync(socket, 1);

        await client.SendTextAsync(session, "Ik heb schulden, waar begin ik?", clientActivityId: "live-1");
        var (live, _) = await StreamFrames.ReceiveActivitiesAsync(socket, 2);
        var (polled, _) = await client.GetActivitiesAsync(session, watermark: "1");

        // A reply may come in more than one activity; every one received live is compared with its stored copy.
        Assert.True(polled.Count >= live.Count);
        Assert.All(live.Zip(polled), pair => Assert.True(JsonNode.DeepEquals(pair.First, pair.Second), $"{pair.First.ToJsonString()} <> {pair.Second.ToJsonString()}"));
    }

    public void Dispose() => bot.Dispose();

    /// <summary>A started conversation and its stream, which has sent the welcome (watermark 1).</summary>
    private async Task<(DirectLineSession Session, WebSocket Socket)> StreamAfterWelcomeAsync()
    {
        var session = await bot.CreateDirectLineClient().StartConversationAsync();
        var socket = await StreamFrames.ConnectAsync(bot, session.StreamUrl);
        await StreamFrames.ReceiveActivitiesAsync(socket, 1);
        return (session, socket);
    }

    /// <summary>Raises a change that says it stored "alleen in het signaal" at <paramref name="sequence"/>, and takes the next frame.</summary>
    private async Task<(List<JsonObject> Activities, string? Watermark)> PublishAndReceiveAsync(WebSocket socket, string conversationId, long sequence)
    {
        var said = Activity.Message("alleen in het signaal") with { Id = ActivityIds.For(conversationId, sequence), From = new ChannelAccount("bot", Role: RoleTypes.Bot) };
        bot.Services.GetRequiredService<IChangeFeed>().Publish(Change.Conversation(conversationId, null, [new StoredActivity(sequence, said)]));
        return await StreamFrames.ReceiveActivitiesAsync(socket, 1);
    }
}
