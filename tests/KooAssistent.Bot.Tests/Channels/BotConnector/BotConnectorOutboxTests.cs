using System.Net;
using KooAssistent.Conversation.Activities;
using KooAssistent.Storage;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>Replies leave through a durable outbox: retried on 429 and 5xx, never twice, and not lost when the bot dies.</summary>
public sealed class BotConnectorOutboxTests
{
    [Fact]
    public async Task A_reply_the_channel_answers_503_twice_arrives_once_after_the_retries()
    {
        await using var fixture = await BotConnectorFixture.StartAsync();
        fixture.Connector.Answer(503, 503);

        using var response = await fixture.PostAsync(fixture.Message("mijn peuter krijgt steeds driftbuien in de winkel, wat doe ik?"));
        await Polling.WaitUntilAsync(() => fixture.Connector.Delivered.Any(request => request.ReplyToId == "act-1"), TimeSpan.FromSeconds(20));
        await Task.Delay(500); // anything sent twice would have arrived by now: the outbox runs every 50 ms

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delivered = fixture.Connector.Delivered;
        Assert.Equal(delivered.Count, delivered.Select(request => request.Body.ToJsonString()).Distinct().Count());
        Assert.Equal(delivered.Count + 2, fixture.Connector.Requests.Count);
        Assert.Equal(2, fixture.Connector.Requests.Count(request => request.Status == 503));
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_stored_and_answered_once()
    {
        await using var fixture = await BotConnectorFixture.StartAsync();

        using var first = await fixture.PostAsync(fixture.Message("Ik heb schulden"));
        using var again = await fixture.PostAsync(fixture.Message("Ik heb schulden"));
        await Polling.WaitUntilAsync(() => fixture.Connector.Delivered.Any(request => request.ReplyToId == "act-1"), TimeSpan.FromSeconds(15));
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var stored = await fixture.StoredAsync();
        Assert.NotNull(stored);
        var repliesToIt = fixture.Connector.Delivered.Where(request => request.ReplyToId == "act-1").Select(request => request.Body.ToJsonString()).ToList();
        Assert.Equal(repliesToIt.Count, repliesToIt.Distinct().Count());
    }

    [Fact]
    public async Task A_conversation_update_starts_the_conversation_with_the_welcome()
    {
        await using var fixture = await BotConnectorFixture.StartAsync();
        var update = fixture.Message("ignored");
        update["type"] = "conversationUpdate";
        update.Remove("text");
        update["membersAdded"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = "koo-bot-id" });

        using var response = await fixture.PostAsync(update);
        var delivered = await fixture.Connector.DeliveredAsync(1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("computerprogramma", delivered[0].Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(delivered[0].ReplyToId);
    }

    [Fact]
    public async Task A_workers_message_stored_in_the_conversation_reaches_the_channel_as_the_bot_in_no_reply()
    {
        await using var fixture = await BotConnectorFixture.StartAsync();
        using var response = await fixture.PostAsync(fixture.Message("Ik wil graag iemand spreken"));
        await Polling.WaitUntilAsync(() => fixture.Connector.Delivered.Any(request => request.ReplyToId == "act-1"), TimeSpan.FromSeconds(15));
        var conversation = (await fixture.StoredAsync())!;

        await fixture.Bot.Services.GetRequiredService<IConversationStore>().AppendOutboundAsync(
            conversation.Id,
            Activity.Message("Hoi, ik ben Fatima van het Buurtteam.") with { From = new ChannelAccount("staff:42", "Fatima", RoleTypes.Bot) },
            CancellationToken.None);
        await Polling.WaitUntilAsync(() => fixture.Connector.Delivered.Any(request => request.Body.ToJsonString().Contains("Fatima", StringComparison.Ordinal)), TimeSpan.FromSeconds(15));

        var worker = Assert.Single(fixture.Connector.Delivered, request => request.Body.ToJsonString().Contains("Fatima", StringComparison.Ordinal));
        Assert.Null(worker.ReplyToId);
        Assert.Equal("koo-bot-id", (string?)worker.Body["from"]!["id"]);
        Assert.Equal("user-1", (string?)worker.Body["recipient"]!["id"]);
    }
}
