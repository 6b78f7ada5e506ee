using System.Text.Json.Nodes;
using Dapper;
using KooAssistent.Testing;
using Npgsql;

namespace KooAssistent.Bot.Tests.Persistence;

/// <summary>
/// Two bot processes on one PostgreSQL database, as two replicas behind a load balancer, and one of them killed with
/// SIGKILL in the middle of a turn: the other leaves the conversation to it while it lives, then takes its pending
/// turns over once its lease has run out (five seconds here), answering each acknowledged message once and in order.
/// Instance A asks a fake language model on loopback, which the test makes hang, so A is mid-turn for certain when it
/// dies; instance B asks no model.
/// </summary>
[Trait("Provider", "Postgres")]
public sealed class PostgresTakeoverTests : IAsyncDisposable
{
    private const string NoDanger = """{"danger": "none", "kind": null}""";

    private readonly PostgresTestSchema schema = new();
    private readonly TemporaryDirectory dataA = new();
    private readonly TemporaryDirectory dataB = new();

    [Fact]
    public async Task An_instance_killed_mid_turn_leaves_its_pending_turns_to_the_other_which_answers_each_once_and_in_order()
    {
        await using var model = await FakeChatCompletions.StartAsync();
        await using var a = await BotProcess.StartAsync(dataA.Path, Settings(model));
        await using var b = await BotProcess.StartAsync(dataB.Path, Settings(model: null));
        using var httpA = new HttpClient { BaseAddress = a.BaseAddress };
        using var httpB = new HttpClient { BaseAddress = b.BaseAddress };
        var onA = new DirectLineTestClient(httpA);
        var onB = new DirectLineTestClient(httpB);

        // Two residents, each writing on both instances in turn and answered wherever the message arrived.
        var anna = await onA.StartConversationAsync();
        var bram = await onB.StartConversationAsync();
        List<string> annaSent = [];
        foreach (var (client, session, text) in new[] { (onA, anna, "bericht 1"), (onB, bram, "bericht 1"), (onB, anna, "bericht 2"), (onA, bram, "bericht 2") })
        {
            var sent = await client.SendTextAsync(session, text);
            if (session.ConversationId == anna.ConversationId)
            {
                annaSent.Add(sent);
            }

            await AnsweredAsync(onB, session, sent);
        }

        // A hangs in the model on Anna's next message, holding her conversation; what she sends meanwhile reaches B.
        model.Fallback = ChatScript.Slow(TimeSpan.FromMinutes(2), NoDanger);
        var asked = model.Requests.Count;
        annaSent.Add(await onA.SendTextAsync(anna, "bericht 3"));
        await WaitUntilAsync(() => Task.FromResult(model.Requests.Count > asked));
        annaSent.Add(await onB.SendTextAsync(anna, "bericht 4"));
        annaSent.Add(await onB.SendTextAsync(anna, "bericht 5"));
        var bramThird = await onB.SendTextAsync(bram, "bericht 3");
        await AnsweredAsync(onB, bram, bramThird);

        Assert.EndsWith(dataA.Path, await LeaseHolderAsync(anna.ConversationId), StringComparison.Ordinal);
        Assert.DoesNotContain(await TranscriptAsync(onB, anna), activity => annaSent[2..].Contains((string?)activity["replyToId"] ?? string.Empty));

        await a.KillAsync();
        await AnsweredAsync(onB, anna, annaSent[^1]);

        var transcript = await TranscriptAsync(onB, anna);
        var ids = transcript.Select(activity => (string)activity["id"]!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(annaSent, transcript.Where(activity => (string)activity["from"]!["role"]! == "user").Select(activity => (string)activity["id"]!));
        var replies = annaSent.Select(sent => ids.IndexOf((string)Assert.Single(transcript, activity => (string?)activity["replyToId"] == sent)["id"]!)).ToList();
        Assert.Equal(replies.Order(), replies);
        Assert.All(annaSent, (sent, index) => Assert.True(ids.IndexOf(sent) < replies[index]));
    }

    public async ValueTask DisposeAsync()
    {
        // The processes are gone by now (each test disposes its own); their connections with them.
        await schema.DisposeAsync();
        dataA.Dispose();
        dataB.Dispose();
    }

    private Dictionary<string, string?> Settings(FakeChatCompletions? model)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Persistence__Provider"] = "Postgres",
            ["Persistence__ConnectionString"] = schema.ConnectionString,
            // Short, so the takeover comes within seconds; long enough that a renewal (every third) late on a busy
            // machine does not hand the conversation to B while A lives.
            ["Persistence__TurnLeaseSeconds"] = "5",
            // The test reads the transcripts five times a second; the per-conversation limit is for residents.
            ["DirectLine__RequestsPerMinute"] = "6000",
        };
        if (model is not null)
        {
            settings["Llm__Enabled"] = "true";
            settings["Llm__Endpoint"] = model.Endpoint.ToString();
            settings["Llm__Model"] = "fake-model";
            settings["Llm__ApiKey"] = "test-key";
            settings["Llm__TimeoutSeconds"] = "30";
        }

        return settings;
    }

    private async Task<string> LeaseHolderAsync(string conversationId)
    {
        await using var connection = new NpgsqlConnection(schema.ConnectionString);
        return await connection.ExecuteScalarAsync<string>("SELECT holder FROM turn_leases WHERE conversation_id = @conversationId", new { conversationId }) ?? "(none)";
    }

    private static async Task<List<JsonObject>> TranscriptAsync(DirectLineTestClient client, DirectLineSession session) =>
        [.. (await client.GetActivitiesAsync(session)).Activities];

    private static Task AnsweredAsync(DirectLineTestClient client, DirectLineSession session, string messageId) =>
        WaitUntilAsync(async () => (await TranscriptAsync(client, session)).Exists(activity => (string?)activity["replyToId"] == messageId));

    // Across a process boundary there is no signal to wait on, so the test polls. Up to 60 s: the takeover itself
    // needs a lease (5 s) and a recovery round (2.5 s), and two bots share the machine's two cores with the build.
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
        }
    }
}
