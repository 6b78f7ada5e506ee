using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Channels.BotConnector;
using KooAssistent.Conversation.Activities;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>
/// A team's Teams channel is the workers' place: the bot added to a team, or mentioned in a channel, stores no
/// resident conversation and sends nothing, and its log names the channel an operator configures for notifications.
/// </summary>
public sealed class TeamsChannelActivityTests
{
    private const string TeamId = "19:efa9296d959346209fea44151c742e73@thread.skype";
    private const string ChannelId = "19:a1b2c3d4e5f6@thread.tacv2";

    [Fact]
    public async Task The_bot_added_to_a_team_stores_no_conversation_sends_nothing_and_logs_the_channel_to_configure()
    {
        var logs = new CapturedLogs();
        await using var fixture = await StartAsync(logs);
        var added = Activity(fixture, "conversationUpdate", TeamId);
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:koo-bot" });
        added["channelData"]!["eventType"] = "teamMemberAdded";
        added["channelData"]!["settings"] = new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = ChannelId } };

        using var response = await fixture.PostAsync(added);
        using var personal = await fixture.PostAsync(fixture.Message("Ik heb schulden", activityId: "act-2", conversationId: "a:personal-chat", channelId: "msteams"));
        await Polling.WaitUntilAsync(() => fixture.Connector.Delivered.Any(request => request.ReplyToId == "act-2"), TimeSpan.FromSeconds(15));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await fixture.StoredAsync(TeamId, "msteams"));
        Assert.NotNull(await fixture.StoredAsync("a:personal-chat", "msteams"));
        Assert.All(fixture.Connector.Requests, request => Assert.Equal("a:personal-chat", request.ConversationId));
        var line = Assert.Single(logs.Lines, line => line.Contains("the bot was added to team", StringComparison.Ordinal));
        Assert.StartsWith("Information ", line, StringComparison.Ordinal);
        Assert.Contains(TeamId, line, StringComparison.Ordinal);
        Assert.Contains($"ConversationId={ChannelId}", line, StringComparison.Ordinal);
        Assert.Contains($"ServiceUrl={fixture.Connector.ServiceUrl}", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_mentioning_the_bot_in_a_channel_gets_no_answer_nothing_is_stored_and_only_the_channel_is_logged()
    {
        var logs = new CapturedLogs();
        await using var fixture = await StartAsync(logs);
        var mention = Activity(fixture, "message", ChannelId + ";messageid=1733577600000");
        mention["text"] = "<at>KooAssistent</at> mevrouw Jansen uit de Hambaken belt morgen terug";
        mention["channelData"]!["channel"] = new JsonObject { ["id"] = ChannelId };

        using var response = await fixture.PostAsync(mention);
        using var personal = await fixture.PostAsync(fixture.Message("Ik heb schulden", activityId: "act-2", conversationId: "a:personal-chat", channelId: "msteams"));
        await Polling.WaitUntilAsync(() => fixture.Connector.Delivered.Any(request => request.ReplyToId == "act-2"), TimeSpan.FromSeconds(15));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await fixture.StoredAsync(ChannelId + ";messageid=1733577600000", "msteams"));
        Assert.All(fixture.Connector.Requests, request => Assert.Equal("a:personal-chat", request.ConversationId));
        Assert.Contains(logs.Lines, line => line.StartsWith("Information ", StringComparison.Ordinal) && line.Contains($"channel {ChannelId} of team {TeamId}", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("Jansen", StringComparison.Ordinal) || line.Contains("messageid", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("personal", false, null)]
    [InlineData("groupChat", false, null)]
    [InlineData("channel", false, "19:general@thread.skype")]
    [InlineData("channel", true, "19:general@thread.skype")]
    public void Only_a_channel_of_a_team_is_a_teams_channel(string conversationType, bool withTeam, string? expectedChannel)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/emea/\n",
            Conversation = new ConversationAccount("19:general@thread.skype", ConversationType: conversationType),
            ChannelData = withTeam ? JsonSerializer.SerializeToElement(new { team = new { id = "19:general@thread.skype", name = "Buurtteam\nNoord" } }) : null,
        };

        var sighting = TeamsChannelActivity.Read(activity);

        Assert.Equal(expectedChannel, sighting?.ChannelConversationId);
        if (sighting is not null)
        {
            Assert.Equal("https://smba.trafficmanager.net/emea/", sighting.ServiceUrl);
            Assert.Equal(withTeam ? "BuurtteamNoord" : null, sighting.TeamName);
            Assert.False(sighting.BotAdded);
        }

        Assert.Null(TeamsChannelActivity.Read(activity with { ChannelId = "webchat" }));
    }

    private static async Task<BotConnectorFixture> StartAsync(CapturedLogs logs)
    {
        var connector = await FakeBotConnector.StartAsync();
        return BotConnectorFixture.Wrap(connector, new BotFactory(connector.Settings(), logs: logs));
    }

    /// <summary>An activity from a team's channel as Teams sends it (subscribe-to-conversation-events).</summary>
    private static JsonObject Activity(BotConnectorFixture fixture, string type, string conversationId) => new()
    {
        ["type"] = type,
        ["id"] = "f:5f85c2ad",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["serviceUrl"] = fixture.Connector.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:1I9Is_Sx0OIy2rQ7Xz1lcaPKlO9eqmBRTBuW6XzkFtcjqxTjPaCMij8BVMdBcL9L_RwWNJyAHFQb0TRzXgyQvA" },
        ["recipient"] = new JsonObject { ["id"] = "28:koo-bot", ["name"] = "KooAssistent" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["isGroup"] = true, ["conversationType"] = "channel" },
        ["channelData"] = new JsonObject { ["team"] = new JsonObject { ["id"] = TeamId }, ["tenant"] = new JsonObject { ["id"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" } },
    };
}
