using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Storage.BotConnector;
using KooAssistent.Storage.Tickets;
using static KooAssistent.Storage.Tests.TestActivities;

namespace KooAssistent.Storage.Tests;

/// <summary>What every provider's Teams notification outbox must do; one subclass per provider runs it.</summary>
public abstract class TeamsNotificationStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    private const string Noord = "Buurtteam Noord";

    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    private TeamsNotificationStore Store => new(Provider.Database, Clock);

    [Fact]
    public async Task A_waiting_ticket_of_a_team_with_a_channel_is_handed_out_once_and_never_again_once_sent()
    {
        await TicketAsync("c-1", Noord, HandoffUrgency.High);
        await TicketAsync("c-2", "Buurtteam West");

        var notice = Assert.Single(await Store.ClaimAsync([Noord], "a", ClaimFor, None));
        var ticket = (await Provider.CreateHandoffStore(Clock).GetTicketAsync("t-c-1", None))!;
        Assert.Equal(new TeamsNotice("t-c-1", Noord, ticket.Number, HandoffUrgency.High, StillWaiting: true), notice);
        Assert.Empty(await Store.ClaimAsync([Noord], "b", ClaimFor, None));

        await Store.FinishAsync("t-c-1", TeamsNoticeOutcome.Sent, None);
        await Store.ReleaseAsync(["t-c-1"], "a", None);
        Clock.Advance(ClaimFor);
        Assert.Empty(await Store.ClaimAsync([Noord], "b", ClaimFor, None));

        // Taken and handed back to the queue: it waits again, but the team heard of it already.
        var handoffs = Provider.CreateHandoffStore(Clock);
        await handoffs.MoveAsync("t-c-1", [TicketStatus.Queued], TicketStatus.Assigned, "anna", "anna", null, None);
        await handoffs.MoveAsync("t-c-1", [TicketStatus.Assigned], TicketStatus.Queued, "beheer", null, null, None);
        Assert.Empty(await Store.ClaimAsync([Noord], "b", ClaimFor, None));
        Assert.Equal(1, await StoreRows.CountAsync(Provider.Database, "SELECT COUNT(*) FROM teams_notifications WHERE outcome = 'sent'"));
    }

    [Fact]
    public async Task A_notice_not_sent_before_a_worker_took_the_ticket_comes_back_as_no_longer_waiting()
    {
        await TicketAsync("c-1", Noord);
        Assert.True(Assert.Single(await Store.ClaimAsync([Noord], "a", ClaimFor, None)).StillWaiting);
        await Store.ReleaseAsync(["t-c-1"], "a", None);

        await Provider.CreateHandoffStore(Clock).MoveAsync("t-c-1", [TicketStatus.Queued], TicketStatus.Assigned, "anna", "anna", null, None);

        Assert.False(Assert.Single(await Store.ClaimAsync([Noord], "b", ClaimFor, None)).StillWaiting);
    }

    [Fact]
    public async Task Outboxes_claiming_at_once_never_get_the_same_ticket_and_a_dead_ones_claim_ends_by_itself()
    {
        var ids = Enumerable.Range(0, 30).Select(index => $"c-{index:D2}").ToList();
        foreach (var id in ids)
        {
            await TicketAsync(id, Noord);
        }

        var rounds = await ConcurrentClaims.RunAsync(
            10,
            async claimer => (await new TeamsNotificationStore(Provider.Database, Clock).ClaimAsync([Noord], claimer, ClaimFor, None)).Select(notice => notice.TicketId),
            (claimed, claimer) => Store.ReleaseAsync(claimed, claimer, None));
        Assert.All(rounds, claimed => Assert.Equal(ids.Select(id => "t-" + id), claimed));

        Assert.Equal(30, (await Store.ClaimAsync([Noord], "dies", ClaimFor, None)).Count);
        Assert.Empty(await Store.ClaimAsync([Noord], "survives", ClaimFor, None));
        Clock.Advance(ClaimFor);
        Assert.Equal(30, (await Store.ClaimAsync([Noord], "survives", ClaimFor, None)).Count);
    }

    [Fact]
    public async Task A_notice_goes_with_its_conversation()
    {
        await TicketAsync("c-1", Noord);
        Assert.Single(await Store.ClaimAsync([Noord], "a", ClaimFor, None));

        Assert.True(await Provider.CreateConversationStore(Clock).EraseConversationAsync("c-1", "operator:test", None));

        Assert.Equal(0, await StoreRows.CountAsync(Provider.Database, "SELECT COUNT(*) FROM teams_notifications"));
    }

    /// <summary>A conversation whose turn opened a ticket for <paramref name="team"/>, as a handoff does; the ticket is <c>t-</c> and the conversation id.</summary>
    private async Task TicketAsync(string conversationId, string team, HandoffUrgency urgency = HandoffUrgency.Normal)
    {
        var store = Provider.CreateConversationStore(Clock);
        await store.CreateConversationAsync(new NewConversation(conversationId, "directline", "user-1", "nl-NL"), None);
        var ticket = Ticket("t-" + conversationId);
        await store.CompleteTurnAsync(
            (await store.GetNextPendingTurnAsync(conversationId, None))!,
            [BotReply("ik zoek iemand voor je")],
            "{}",
            ticket with { Team = team, Request = ticket.Request with { Urgency = urgency } },
            None);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteTeamsNotificationStoreTests : TeamsNotificationStoreContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresTeamsNotificationStoreTests : TeamsNotificationStoreContract<PostgresProvider>;
