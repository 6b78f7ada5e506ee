using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.DirectLine;

/// <summary>
/// One nesting limit for JSON at the door (32 levels), low enough that whatever gets in can always be written back
/// inside the envelopes around it: a client cannot store a conversation that the bot then fails to read out.
/// </summary>
public sealed class JsonDepthTests : IDisposable
{
    private readonly BotFactory bot = new();
    private readonly DirectLineTestClient client;

    public JsonDepthTests() => client = bot.CreateDirectLineClient();

    [Theory]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(33)]
    public async Task An_activity_nested_deeper_than_32_levels_gets_400_and_the_conversation_keeps_working(int depth)
    {
        var session = await client.StartConversationAsync();

        using var deep = await client.PostActivityAsync(session, Activity(depth));
        var text = await client.SendTextAsync(session, "nog steeds hier");
        using var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token, null);

        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.Equal("BadArgument", (string?)(await deep.Content.ReadFromJsonAsync<JsonObject>())?["error"]?["code"]);
        Assert.NotNull(text);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task An_activity_nested_to_the_limit_is_stored_and_read_back_by_polling_and_the_stream()
    {
        var session = await client.StartConversationAsync();

        using var posted = await client.PostActivityAsync(session, Activity(31));
        var (activities, _) = await client.GetActivitiesAsync(session);
        using var socket = await bot.Server.CreateWebSocketClient().ConnectAsync(new Uri(session.StreamUrl), CancellationToken.None);
        var (streamed, _) = await StreamFrames.ReceiveActivitiesAsync(socket, activities.Count);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains(activities, activity => (string?)activity["text"] == "diep genest");
        Assert.Contains(streamed, activity => (string?)activity["text"] == "diep genest");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    public void Dispose() => bot.Dispose();

    /// <summary>A message whose JSON is <paramref name="depth"/> levels deep, most of them in channelData.</summary>
    private static string Activity(int depth)
    {
        var levels = depth - 2;
        var channelData = new StringBuilder();
        channelData.Insert(0, "{\"a\":", levels).Append("{}").Append('}', levels);
        return $$"""{"type":"message","text":"diep genest","channelData":{{channelData}}}""";
    }
}
