using Dapper;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Storage.Insights;
using KooAssistent.Storage.Staff;
using KooAssistent.Storage.Tickets;
using KooAssistent.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KooAssistent.Storage.Tests;

/// <summary>
/// What every provider must keep of a handoff for the figures: one anonymous fact per ticket that follows its moves,
/// outlives the ticket for <see cref="InsightsOptions.RetentionDays"/>, and goes with the conversation on erasure.
/// </summary>
public abstract class HandoffFactsContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    private const string Maaspoort = "Buurtteam Maaspoort, Empel en Engelen";
    private const string SharedQueue = "Geen wijk of postcode (gedeelde wachtrij)";
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Late on 31 August 2026 (UTC), before every ticket of these tests.</summary>
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 8, 31, 20, 0, 0, TimeSpan.Zero));

    private IHandoffStore Handoffs => Provider.CreateHandoffStore(clock);

    [Fact]
    public async Task The_handoff_figures_of_a_quarter_equal_the_counts_by_hand_before_and_after_the_tickets_are_purged()
    {
        await SeedQuarterAsync();
        var (from, to) = (new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 29));

        var before = await ReportAsync(from, to);
        Assert.True(await Provider.CreateConversationStore(clock).DeleteConversationsInactiveSinceAsync(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), None) > 0);
        var after = await ReportAsync(from, to);

        Assert.Equal(0, await StoreRows.CountAsync(Provider.Database, "SELECT COUNT(*) FROM tickets"));
        foreach (var id in new[] { "teams", "uitkomsten-per-team", "wijken", "overdrachten", "uitkomsten" })
        {
            Assert.Equal(Cells(before.Table(id)), Cells(after.Table(id)));
        }

        // By hand: Empel's six conversations had seven handoffs (e-0 twice, the first one opened at 00:30 on 1 September
        // in Amsterdam); Noord's two were abandoned; five went to the shared queue without a wijk. The tickets of 31
        // August 23:30 and 30 November 00:30 (Amsterdam) fall outside the period.
        Assert.Equal([[Maaspoort, "6", "7"], ["Buurtteam Noord", null, null], [SharedQueue, "5", "5"]], Cells(after.Table("teams")));
        Assert.Equal([["Empel", "6", "7"], ["Noord", null, null], ["onbekend", "5", "5"]], Cells(after.Table("wijken")));
        Assert.Equal(
            [[Maaspoort, "Afgesloten: opgelost", "6"], [Maaspoort, "Terug naar de bot", null], ["Buurtteam Noord", "Verlaten", null], [SharedQueue, "Afgesloten: doorverwezen-anders", "5"]],
            Cells(after.Table("uitkomsten-per-team")));

        // Seven first messages after 10, 70, 20, 30, 40, 50 and 60 minutes: median (4th of 7) 40, 90th percentile (7th) 70.
        // Noord's two abandoned conversations are too few to show, also as one line of a shown table.
        Assert.Equal(
            [["Overdrachten", "14"], ["Wachttijd tot het eerste bericht van een medewerker, mediaan (minuten)", "40"],
             ["Wachttijd tot het eerste bericht van een medewerker, 90e percentiel (minuten)", "70"], ["Verlaten (niemand pakte het op)", null]],
            Cells(after.Table("overdrachten")));
        Assert.Equal(
            [["Afgesloten: opgelost", "6"], ["Afgesloten: doorverwezen-anders", "5"], ["Verlaten", null], ["Terug naar de bot", null]],
            Cells(after.Table("uitkomsten")));
    }

    [Fact]
    public async Task A_fact_holds_the_day_team_wijk_wait_and_outcome_and_nothing_the_resident_said()
    {
        await OpenAsync("c-1", "t-1", Maaspoort, "Empel", new DateTimeOffset(2026, 9, 1, 10, 15, 30, TimeSpan.Zero));
        await AnswerAsync("t-1", TimeSpan.FromSeconds(95), "opgelost");

        await using var connection = await Provider.Database.OpenAsync(None);
        var fact = (IDictionary<string, object?>)await connection.QuerySingleAsync("SELECT * FROM insight_handoffs");

        Assert.Equal(
            ["at", "conversation_id", "first_reply_seconds", "outcome", "status", "team", "ticket_id", "ticket_number", "wijk"],
            fact.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((await Handoffs.GetTicketAsync("t-1", None))!.Number, (string?)fact["ticket_number"]);
        Assert.Equal(new DateTimeOffset(2026, 8, 31, 22, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), Convert.ToInt64(fact["at"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(95L, Convert.ToInt64(fact["first_reply_seconds"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("c-1", "t-1", Maaspoort, "Empel", "Resolved", "opgelost"), ((string?)fact["conversation_id"], (string?)fact["ticket_id"], (string?)fact["team"], (string?)fact["wijk"], (string?)fact["status"], (string?)fact["outcome"]));
        Assert.All(fact.Values.OfType<string>(), value => Assert.DoesNotContain("5211", value, StringComparison.Ordinal));
        Assert.All(fact.Values.OfType<string>(), value => Assert.DoesNotContain("schulden", value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ticket_put_back_in_the_queue_when_its_worker_is_disabled_waits_again_in_its_fact()
    {
        var staff = Provider.CreateStaffStore(clock);
        await staff.AddAsync("anna", "Anna", StaffRole.Medewerker, Maaspoort, "hash", None);
        await OpenAsync("c-1", "t-1", Maaspoort, "Empel", clock.GetUtcNow());
        Assert.Equal(TicketChange.Done, await Handoffs.MoveAsync("t-1", [TicketStatus.Queued], TicketStatus.Assigned, "anna", "anna", null, None));
        Assert.Equal("Assigned", await StatusOfFactAsync("t-1"));

        Assert.True(await staff.DisableAsync("anna", "beheer", None));

        Assert.Equal("Queued", await StatusOfFactAsync("t-1"));
    }

    [Fact]
    public async Task Erasing_a_conversation_removes_its_facts_also_after_its_tickets_were_purged()
    {
        await OpenAsync("c-1", "t-1", Maaspoort, "Empel", clock.GetUtcNow());
        await OpenAsync("c-2", "t-2", Maaspoort, "Engelen", clock.GetUtcNow());
        var conversations = Provider.CreateConversationStore(clock);
        Assert.True(await conversations.EraseConversationAsync("c-1", "operator:test", None));
        await OpenAsync("c-3", "t-3", Maaspoort, "Empel", clock.GetUtcNow());
        await conversations.DeleteConversationsInactiveSinceAsync(clock.GetUtcNow().AddDays(1), None);

        await conversations.EraseConversationAsync("c-3", "operator:test", None);

        var left = await Provider.CreateInsightStore().ReadAsync(clock.GetUtcNow().AddDays(-1), clock.GetUtcNow().AddDays(1), None);
        Assert.Equal(["c-2"], left.Handoffs.Select(handoff => handoff.ConversationId));
    }

    [Fact]
    public async Task The_retention_run_keeps_a_fact_for_the_insight_retention_days_after_its_ticket_is_gone()
    {
        // Opened at noon on 1 September in Amsterdam: the fact's day began at 22:00 UTC on 31 August.
        await OpenAsync("c-1", "t-1", Maaspoort, "Empel", new DateTimeOffset(2026, 9, 1, 10, 0, 0, TimeSpan.Zero));
        var retention = new RetentionWorker(
            Provider.CreateConversationStore(clock), Handoffs, Provider.CreateInsightStore(), Options.Create(new PersistenceOptions()), Options.Create(new InsightsOptions()), clock, NullLogger<RetentionWorker>.Instance);

        // 29 days later the ticket went with its quiet conversation (28 days); on the 90th day, 29 November, the fact is there.
        var kept = new List<int>();
        foreach (var now in new[] { new DateTimeOffset(2026, 9, 30, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 29, 21, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero) })
        {
            AdvanceTo(now);
            await retention.PurgeOnceAsync(None);
            kept.Add((await Provider.CreateInsightStore().ReadAsync(now.AddYears(-1), now, None)).Handoffs.Count);
            Assert.Equal(0, await StoreRows.CountAsync(Provider.Database, "SELECT COUNT(*) FROM tickets"));
        }

        Assert.Equal([1, 1, 0], kept);
    }

    [Fact]
    public async Task Tickets_stored_before_the_facts_existed_become_facts_on_the_day_they_were_opened_in_Amsterdam_with_their_number()
    {
        // Opened 23:30 and 00:30 around midnight in summer and in winter, and on the days the clocks change.
        var opened = new[]
        {
            new DateTimeOffset(2026, 8, 31, 21, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 8, 31, 22, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 29, 22, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 10, 24, 22, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 25, 23, 30, 0, TimeSpan.Zero),
        };
        await Provider.Database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync("DROP TABLE insight_handoffs; DELETE FROM schema_migrations WHERE version IN (16, 17)", transaction: transaction);
                await connection.ExecuteAsync("INSERT INTO conversations (id, channel, user_id, created_at, updated_at) VALUES ('c', 'test', 'u', 0, 0)", transaction: transaction);
                for (var index = 0; index < opened.Length; index++)
                {
                    var created = opened[index].ToUnixTimeMilliseconds();
                    await connection.ExecuteAsync(
                        """
                        INSERT INTO tickets (id, number, conversation_id, status, team, urgency, summary, outcome, created_at, updated_at, first_reply_at)
                        VALUES (@id, @id, 'c', 'Resolved', @team, 'Normal', @summary, 'opgelost', @created, @created, @replied)
                        """,
                        new
                        {
                            id = $"t-{index}",
                            team = Maaspoort,
                            summary = index % 2 == 0 ? """{"theme":"geld","postcode":"5211 AB","wijk":"Empel"}""" : """{"theme":"geld","postcode":"5211 AB","wijk":null}""",
                            created,
                            replied = index % 2 == 0 ? created + 61_500 : (long?)null,
                        },
                        transaction);
                }

                return 0;
            },
            None);

        await Provider.MigrateAsync();

        var facts = (await Provider.CreateInsightStore().ReadAsync(opened.Min().AddDays(-1), opened.Max().AddDays(1), None)).Handoffs;
        Assert.Equal(opened.Select(InsightFigures.StartOfDay).Order(), facts.Select(fact => fact.Day).Order());
        Assert.Equal(opened.Length / 2, facts.Count(fact => fact is { Wijk: "Empel", FirstReplySeconds: 61 }));
        Assert.Equal(opened.Length / 2, facts.Count(fact => fact is { Wijk: null, FirstReplySeconds: null }));
        Assert.All(facts, fact => Assert.Equal(("c", Maaspoort, "Resolved", "opgelost"), (fact.ConversationId, fact.Team, fact.Status, fact.Outcome)));

        // Each fact keeps its ticket's number (here the ticket's id), by which an erasure finds it after the ticket is gone.
        Assert.Equal(opened.Length, await StoreRows.CountAsync(Provider.Database, "SELECT COUNT(*) FROM insight_handoffs WHERE ticket_number = ticket_id"));
    }

    /// <summary>
    /// A quarter of handoffs, each moved as the console moves it. Empel (Maaspoort team): e-0 handed back to the bot and
    /// later handed off again, e-1 to e-5 resolved; Noord: two abandoned; no wijk: five to the shared queue, referred
    /// on; and one Empel ticket on each side of the period.
    /// </summary>
    private async Task SeedQuarterAsync()
    {
        await OpenAsync("x-before", "t-before", Maaspoort, "Empel", new DateTimeOffset(2026, 8, 31, 21, 30, 0, TimeSpan.Zero));
        Assert.Equal(TicketChange.Done, await Handoffs.MoveAsync("t-before", [TicketStatus.Queued], TicketStatus.Resolved, "anna", null, "opgelost", None));

        await OpenAsync("e-0", "t-e-0a", Maaspoort, "Empel", new DateTimeOffset(2026, 8, 31, 22, 30, 0, TimeSpan.Zero));
        await AnswerAsync("t-e-0a", TimeSpan.FromMinutes(10), outcome: null);
        await OpenAsync("e-0", "t-e-0b", Maaspoort, "Empel", new DateTimeOffset(2026, 9, 10, 8, 0, 0, TimeSpan.Zero));
        await AnswerAsync("t-e-0b", TimeSpan.FromMinutes(70), "opgelost");
        for (var index = 1; index <= 5; index++)
        {
            await OpenAsync($"e-{index}", $"t-e-{index}", Maaspoort, "Empel", new DateTimeOffset(2026, 9, 5, 9, 0, 0, TimeSpan.Zero).AddDays(10 * index));
            await AnswerAsync($"t-e-{index}", TimeSpan.FromMinutes(10 + (10 * index)), "opgelost");
        }

        await OpenAsync("n-0", "t-n-0", "Buurtteam Noord", "Noord", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        await OpenAsync("n-1", "t-n-1", "Buurtteam Noord", "Noord", new DateTimeOffset(2026, 11, 1, 9, 5, 0, TimeSpan.Zero));
        AdvanceTo(new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, (await Handoffs.AbandonStaleAsync(new DateTimeOffset(2026, 11, 4, 0, 0, 0, TimeSpan.Zero), None)).Count);

        for (var index = 0; index < 5; index++)
        {
            await OpenAsync($"q-{index}", $"t-q-{index}", TicketTeams.Unknown, null, new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero).AddDays(index));
            Assert.Equal(TicketChange.Done, await Handoffs.MoveAsync($"t-q-{index}", [TicketStatus.Queued], TicketStatus.Resolved, "coco", null, "doorverwezen-anders", None));
        }

        await OpenAsync("x-after", "t-after", Maaspoort, "Empel", new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero));
    }

    /// <summary>A conversation (kept quiet since <paramref name="at"/>) and a ticket opened in it then, as a turn opens one.</summary>
    private async Task OpenAsync(string conversationId, string ticketId, string team, string? wijk, DateTimeOffset at)
    {
        AdvanceTo(at);
        var request = new HandoffRequest("geld", HandoffUrgency.Normal, ["schulden"], ["geld"], [], ["ik heb schulden"], [], null, "5211 AB", wijk, "nl");
        await Provider.Database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO conversations (id, channel, user_id, last_sequence, created_at, updated_at) VALUES (@conversationId, 'test', 'u', 0, @at, @at)
                    ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at
                    """,
                    new { conversationId, at = at.ToUnixTimeMilliseconds() },
                    transaction);
                await HandoffStore.InsertAsync(connection, transaction, conversationId, new NewTicket(ticketId, team, request) { Wijk = wijk }, at, None);
                return 0;
            },
            None);
    }

    /// <summary>A worker claims the ticket, writes to the resident <paramref name="after"/> it was opened, then resolves it or hands it back to the bot.</summary>
    private async Task AnswerAsync(string ticketId, TimeSpan after, string? outcome)
    {
        Assert.Equal(TicketChange.Done, await Handoffs.MoveAsync(ticketId, [TicketStatus.Queued], TicketStatus.Assigned, "anna", "anna", null, None));
        clock.Advance(after);
        await Handoffs.MarkFirstReplyAsync(ticketId, None);
        clock.Advance(TimeSpan.FromMinutes(5));
        await Handoffs.MarkFirstReplyAsync(ticketId, None);
        var end = outcome is null ? TicketStatus.ReturnedToBot : TicketStatus.Resolved;
        Assert.Equal(TicketChange.Done, await Handoffs.MoveAsync(ticketId, [TicketStatus.Assigned], end, "anna", null, outcome, None));
    }

    private async Task<InsightReport> ReportAsync(DateOnly from, DateOnly to)
    {
        var (start, until) = InsightFigures.Period(from, to);
        return InsightFigures.Compute(await Provider.CreateInsightStore().ReadAsync(start, until, None), from, to);
    }

    private async Task<string?> StatusOfFactAsync(string ticketId)
    {
        await using var connection = await Provider.Database.OpenAsync(None);
        return await connection.QuerySingleAsync<string?>("SELECT status FROM insight_handoffs WHERE ticket_id = @ticketId", new { ticketId });
    }

    private void AdvanceTo(DateTimeOffset at) => clock.Advance(at - clock.GetUtcNow());

    private static string?[][] Cells(InsightTable table) => [.. table.Rows.Select(row => row.Cells.ToArray())];
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteHandoffFactsTests : HandoffFactsContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresHandoffFactsTests : HandoffFactsContract<PostgresProvider>;
