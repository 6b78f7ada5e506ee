using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using KooAssistent.Storage;
using KooAssistent.Storage.Sqlite;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Resilience;

/// <summary>
/// The bot as a real process, killed with SIGKILL while residents are typing and started again on the same
/// database: nothing it acknowledged is lost, nothing is delivered twice, and every message still gets its answer.
/// </summary>
public sealed class KillAndRestartTests : IDisposable
{
    private readonly TemporaryDirectory data = new();

    [Fact]
    public async Task After_kill_9_and_restart_every_acknowledged_message_is_replayed_once_from_the_old_watermark_and_answered()
    {
        List<Resident> residents;
        await using (var first = await BotProcess.StartAsync(data.Path))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            var client = new DirectLineTestClient(http);
            residents = [];
            for (var index = 0; index < 3; index++)
            {
                var session = await client.StartConversationAsync();
                residents.Add(new Resident(session, await WaitForWatermarkAsync(client, session, atLeast: 1)));
            }

            // Residents keep typing; the process dies in the middle of it.
            using var typing = new CancellationTokenSource();
            var sending = residents.Select(resident => KeepTypingAsync(client, resident, typing.Token)).ToList();
            await WaitUntilAsync(() => residents.Sum(resident => resident.Acknowledged.Count) >= 15);
            await first.KillAsync();
            await typing.CancelAsync();
            await Task.WhenAll(sending);
        }

        await using var second = await BotProcess.StartAsync(data.Path);
        using var secondHttp = new HttpClient { BaseAddress = second.BaseAddress };
        var restarted = new DirectLineTestClient(secondHttp);
        foreach (var resident in residents)
        {
            var activities = await ReadAllAfterAsync(restarted, resident.Session, resident.Watermark, expectRepliesFor: resident.Acknowledged.Count);
            var ids = activities.Select(activity => (string)activity["id"]!).ToList();
            var userMessages = activities.Where(activity => (string)activity["from"]!["role"]! == "user").ToList();

            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(resident.Acknowledged, id => Assert.Contains(id, ids));
            Assert.All(userMessages, message => Assert.Single(activities, reply => (string?)reply["replyToId"] == (string)message["id"]!));
        }
    }

    [Fact]
    public async Task Killed_while_fifty_conversations_write_at_once_the_restarted_bot_has_lost_nothing_acknowledged_and_answers_each_message_once()
    {
        // Group commit: many residents' writes share one transaction, so a kill in the middle of a batch must take
        // either all of it or none, and no caller may have been answered before its batch was durable.
        // Fifty residents from one test address: the per-address limit on new chats (20 a minute) would refuse them.
        var manyResidents = new Dictionary<string, string?> { ["WebChat__TokenRequestsPerMinute"] = "1000" };
        List<Resident> residents;
        await using (var first = await BotProcess.StartAsync(data.Path, manyResidents))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            var client = new DirectLineTestClient(http);
            var sessions = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.StartConversationAsync()));
            // Read from after each welcome, so that every bot activity counted later answers a resident's message.
            residents = [.. await Task.WhenAll(sessions.Select(async session => new Resident(session, await WaitForWatermarkAsync(client, session, atLeast: 1))))];

            using var typing = new CancellationTokenSource();
            var sending = residents.Select(resident => KeepTypingAsync(client, resident, typing.Token)).ToList();
            await WaitUntilAsync(() => residents.Sum(resident => resident.Acknowledged.Count) >= 150);
            await first.KillAsync();
            await typing.CancelAsync();
            await Task.WhenAll(sending);
        }

        await using var second = await BotProcess.StartAsync(data.Path, manyResidents);
        using var secondHttp = new HttpClient { BaseAddress = second.BaseAddress };
        var restarted = new DirectLineTestClient(secondHttp);
        await Task.WhenAll(residents.Select(async resident =>
        {
            var activities = await ReadAllAfterAsync(restarted, resident.Session, resident.Watermark, expectRepliesFor: resident.Acknowledged.Count);
            var ids = activities.Select(activity => (string)activity["id"]!).ToList();
            var userMessages = activities.Where(activity => (string)activity["from"]!["role"]! == "user").ToList();

            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(resident.Acknowledged, id => Assert.Contains(id, ids));
            Assert.All(userMessages, message => Assert.Single(activities, reply => (string?)reply["replyToId"] == (string)message["id"]!));
        }));
    }

    [Fact]
    public async Task A_message_stored_just_before_a_crash_is_answered_after_the_restart()
    {
        DirectLineSession session;
        await using (var first = await BotProcess.StartAsync(data.Path))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            session = await new DirectLineTestClient(http).StartConversationAsync();
            await WaitForWatermarkAsync(new DirectLineTestClient(http), session, atLeast: 1);
            await first.KillAsync();
        }

        // What the dead process had committed but not yet answered: the inbound row and its pending turn.
        var store = new SqliteConversationStore(new SqliteConnectionFactory($"Data Source={Path.Combine(data.Path, "koo.db")}"), TimeProvider.System);
        var stored = await store.AppendInboundAsync(
            new InboundActivity(session.ConversationId, new Activity { Type = ActivityTypes.Message, Text = "Is er nog iemand?", From = new ChannelAccount(session.UserId, Role: RoleTypes.User) }, "before-crash", TurnTrigger.Message),
            CancellationToken.None);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await using var second = await BotProcess.StartAsync(data.Path);
        using var secondHttp = new HttpClient { BaseAddress = second.BaseAddress };
        var activities = await ReadAllAfterAsync(new DirectLineTestClient(secondHttp), session, "1", expectRepliesFor: 1);

        Assert.Single(activities, activity => (string?)activity["replyToId"] == stored.Stored!.Activity.Id);
    }

    [Fact]
    public async Task A_setting_from_an_environment_variable_that_is_invalid_stops_the_bot_with_the_key_named()
    {
        var (exitCode, output) = await BotProcess.RunUntilExitAsync(data.Path, new Dictionary<string, string?> { ["DirectLine__TokenSigningKey"] = "too-short" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("DirectLine:TokenSigningKey", output, StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();

    private static async Task KeepTypingAsync(DirectLineTestClient client, Resident resident, CancellationToken stop)
    {
        for (var index = 0; !stop.IsCancellationRequested; index++)
        {
            try
            {
                resident.Acknowledged.Add(await client.SendTextAsync(resident.Session, $"bericht {index}", cancellationToken: stop));
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
            {
                // Not acknowledged, so not promised: the process died or the test stopped typing.
                return;
            }
        }
    }

    /// <summary>Pages through everything after the watermark, waiting until the bot has answered every user message.</summary>
    private static async Task<List<JsonObject>> ReadAllAfterAsync(DirectLineTestClient client, DirectLineSession session, string watermark, int expectRepliesFor)
    {
        List<JsonObject> all = [];
        await WaitUntilAsync(async () =>
        {
            all = [];
            var next = watermark;
            while (true)
            {
                var (page, following) = await client.GetActivitiesAsync(session, next);
                if (page.Count == 0)
                {
                    break;
                }

                all.AddRange(page);
                next = following!;
            }

            var users = all.Count(activity => (string)activity["from"]!["role"]! == "user");
            var replies = all.Count(activity => (string)activity["from"]!["role"]! == "bot");
            return users >= expectRepliesFor && replies >= users;
        });
        return all;
    }

    private static async Task<string> WaitForWatermarkAsync(DirectLineTestClient client, DirectLineSession session, int atLeast)
    {
        string? watermark = null;
        await WaitUntilAsync(async () =>
        {
            (_, watermark) = await client.GetActivitiesAsync(session);
            return int.Parse(watermark!, System.Globalization.CultureInfo.InvariantCulture) >= atLeast;
        });
        return watermark!;
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    // Across a process boundary there is no signal to wait on, so the test polls. Once a second, up to 60 s: the bot
    // allows 180 requests per conversation a minute, and a poll that pages through the history costs two or three, so
    // polling faster on a slow machine was answered 429 before the replay had finished.
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token);
        }
    }

    private sealed record Resident(DirectLineSession Session, string Watermark)
    {
        public ConcurrentBag<string> Acknowledged { get; } = [];
    }
}
