using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Storage;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Channels.DirectLine;

/// <summary>
/// What one conversation can make the bot store. Anybody can get a token, and the rate limit alone would let one
/// conversation store 180 activities of 32 KB a minute for as long as its token is renewed.
/// </summary>
public sealed class ConversationSizeTests
{
    [Fact]
    public async Task A_conversation_that_holds_its_limit_refuses_the_residents_next_message_with_409_and_stores_nothing()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "10" });
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var statuses = new List<HttpStatusCode>();
        JsonObject? refusal = null;
        for (var message = 0; message < 12; message++)
        {
            using var response = await client.PostActivityAsync(session, Event($"event-{message}", session.UserId));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                refusal = await response.Content.ReadFromJsonAsync<JsonObject>();
            }
        }

        await bot.WaitForTurnsAsync(session.ConversationId);
        var stored = await bot.Services.GetRequiredService<IConversationStore>().GetActivitiesAsync(session.ConversationId, 0, 1000, CancellationToken.None);

        Assert.Equal("ConversationFull", (string?)refusal!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.Conflict, statuses[^1]);
        Assert.True(statuses.Count(status => status == HttpStatusCode.OK) < 10);
        Assert.InRange(stored.Count(activity => activity.Activity.From?.Role == "user"), 1, 9);
    }

    [Fact]
    public async Task A_retry_of_a_message_stored_before_the_conversation_filled_up_still_gets_its_id()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "10" });
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        using var first = await client.PostActivityAsync(session, Event("first", session.UserId));
        var id = (string?)(await first.Content.ReadFromJsonAsync<JsonObject>())!["id"];
        for (var message = 0; message < 12; message++)
        {
            (await client.PostActivityAsync(session, Event($"event-{message}", session.UserId))).Dispose();
        }

        using var retry = await client.PostActivityAsync(session, Event("first", session.UserId));

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(id, (string?)(await retry.Content.ReadFromJsonAsync<JsonObject>())!["id"]);
    }

    private static string Event(string clientActivityId, string userId) => new JsonObject
    {
        ["type"] = "event",
        ["name"] = "webchat/join",
        ["from"] = new JsonObject { ["id"] = userId },
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
    }.ToJsonString();
}
