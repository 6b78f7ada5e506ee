using System.Net;
using KooAssistent.Bot.Channels.BotConnector;
using KooAssistent.Conversation.Activities;
using KooAssistent.Storage.Sqlite;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>The outbox survives SIGKILL: a reply stored but not yet delivered is sent once by the restarted bot.</summary>
public sealed class BotConnectorKillTests
{
    [Fact]
    public async Task A_reply_stored_but_not_delivered_when_the_bot_is_killed_is_delivered_once_after_the_restart()
    {
        using var data = new TemporaryDirectory();
        await using var connector = await FakeBotConnector.StartAsync();
        var environment = connector.Settings().ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value);
        var conversationId = ConnectorConversationIds.For("webchat", "conv-1");

        // The channel is down while the first bot answers: the reply is stored, every attempt to send it fails.
        connector.Answer([.. Enumerable.Repeat(503, 10_000)]);
        await using (var first = await BotProcess.StartAsync(data.Path, environment))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            using var response = await BotConnectorFixture.PostAsync(http, BotConnectorFixture.Message(connector.ServiceUrl, "mijn peuter krijgt steeds driftbuien in de winkel, wat doe ik?"), connector.Token());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            using (var connections = new SqliteConnectionFactory($"Data Source={Path.Combine(data.Path, "koo.db")}"))
            {
                var store = new SqliteConversationStore(connections, TimeProvider.System);
                await Polling.WaitUntilAsync(
                    async () => (await store.GetActivitiesAsync(conversationId, 0, 100, CancellationToken.None)).Any(stored => stored.Activity.From?.Role == RoleTypes.Bot && stored.Activity.ReplyToId is not null),
                    TimeSpan.FromSeconds(30));
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Assert.Empty(connector.Delivered);
            await first.KillAsync();
        }

        connector.AcceptAll();
        await using var second = await BotProcess.StartAsync(data.Path, environment);
        await Polling.WaitUntilAsync(() => connector.Delivered.Any(request => request.ReplyToId == "act-1"), TimeSpan.FromSeconds(30));
        await Task.Delay(1000); // a second copy would follow within a few outbox rounds (50 ms each)

        var delivered = connector.Delivered;
        Assert.Single(delivered, request => request.ReplyToId == "act-1" && request.Body.ToJsonString().Contains("driftbui", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(delivered.Count, delivered.Select(request => request.Body.ToJsonString()).Distinct().Count());
    }
}
