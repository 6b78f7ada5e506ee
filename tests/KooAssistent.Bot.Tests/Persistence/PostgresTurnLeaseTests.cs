using System.Text.Json.Nodes;
using KooAssistent.Bot.Turns;
using KooAssistent.Storage;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KooAssistent.Bot.Tests.Persistence;

/// <summary>
/// The bot on PostgreSQL beside another instance, which the test plays by holding a conversation's lease under a name
/// of its own: the bot stores what a resident sends and leaves the turn to the holder, answers it once the lease is
/// released or has run out, and releases its own lease when its turns are done.
/// </summary>
[Trait("Provider", "Postgres")]
public sealed class PostgresTurnLeaseTests : IAsyncDisposable
{
    private static readonly TimeSpan HeldFor = TimeSpan.FromMinutes(5);

    private readonly PostgresTestSchema schema = new();
    private readonly BotFactory bot;

    public PostgresTurnLeaseTests()
    {
        bot = new BotFactory(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Postgres",
            ["Persistence:ConnectionString"] = schema.ConnectionString,
        });
    }

    private TurnLeaseStore Leases => new(bot.Services.GetRequiredService<IStoreDatabase>(), TimeProvider.System);

    private TurnScheduler Scheduler => bot.Services.GetRequiredService<TurnScheduler>();

    [Fact]
    public async Task A_message_for_a_conversation_another_instance_holds_is_stored_and_left_to_it_then_answered_once_it_is_released()
    {
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        await Scheduler.ScheduleAndWaitAsync(session.ConversationId);
        Assert.True(await Leases.TryClaimAsync(session.ConversationId, "other-instance", HeldFor, CancellationToken.None));

        var message = await resident.SendTextAsync(session, "bericht 1");
        await Scheduler.ScheduleAndWaitAsync(session.ConversationId);

        Assert.NotNull(await PendingTurnAsync(session.ConversationId));
        Assert.DoesNotContain(await ActivitiesAsync(resident, session), activity => (string?)activity["replyToId"] == message);

        await Leases.ReleaseAsync(session.ConversationId, "other-instance", CancellationToken.None);
        await Scheduler.ScheduleAndWaitAsync(session.ConversationId);

        Assert.Null(await PendingTurnAsync(session.ConversationId));
        Assert.Single(await ActivitiesAsync(resident, session), activity => (string?)activity["replyToId"] == message);

        // Done, the bot let go: the other instance could take the conversation at once.
        Assert.True(await Leases.TryClaimAsync(session.ConversationId, "other-instance", HeldFor, CancellationToken.None));
    }

    [Fact]
    public async Task Pending_turns_of_an_instance_that_died_are_taken_over_by_the_recovery_round_once_its_lease_has_run_out()
    {
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        await Scheduler.ScheduleAndWaitAsync(session.ConversationId);
        Assert.True(await Leases.TryClaimAsync(session.ConversationId, "dead-instance", HeldFor, CancellationToken.None));
        var first = await resident.SendTextAsync(session, "bericht 1");
        var second = await resident.SendTextAsync(session, "bericht 2");
        var recovery = bot.Services.GetServices<IHostedService>().OfType<PendingTurnRecoveryWorker>().Single();

        Assert.Equal(1, await recovery.RecoverOnceAsync(CancellationToken.None));
        await Scheduler.ScheduleAndWaitAsync(session.ConversationId);
        Assert.NotNull(await PendingTurnAsync(session.ConversationId));

        // The dead instance's last renewal, now over: as if its lease had run out unrenewed.
        Assert.True(await Leases.TryClaimAsync(session.ConversationId, "dead-instance", TimeSpan.Zero, CancellationToken.None));
        Assert.Equal(1, await recovery.RecoverOnceAsync(CancellationToken.None));
        await Scheduler.ScheduleAndWaitAsync(session.ConversationId);

        Assert.Null(await PendingTurnAsync(session.ConversationId));
        var activities = await ActivitiesAsync(resident, session);
        var replyToFirst = Assert.Single(activities, activity => (string?)activity["replyToId"] == first);
        var replyToSecond = Assert.Single(activities, activity => (string?)activity["replyToId"] == second);
        Assert.True(activities.IndexOf(replyToFirst) < activities.IndexOf(replyToSecond));
    }

    public async ValueTask DisposeAsync()
    {
        // The bot's data source holds connections into the schema; it goes first.
        await bot.DisposeAsync();
        await schema.DisposeAsync();
    }

    private Task<PendingTurn?> PendingTurnAsync(string conversationId) =>
        bot.Services.GetRequiredService<IConversationStore>().GetNextPendingTurnAsync(conversationId, CancellationToken.None);

    private static async Task<List<JsonObject>> ActivitiesAsync(DirectLineTestClient resident, DirectLineSession session) =>
        [.. (await resident.GetActivitiesAsync(session)).Activities];
}
