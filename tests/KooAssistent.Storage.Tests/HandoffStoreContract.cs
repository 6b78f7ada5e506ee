using Dapper;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Storage.Tickets;
using KooAssistent.Testing;

namespace KooAssistent.Storage.Tests;

/// <summary>What every provider's ticket store must do; one subclass per provider runs it.</summary>
public abstract class HandoffStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    private IHandoffStore Store => Provider.CreateHandoffStore(Clock);

    [Fact]
    public async Task A_ticket_opened_in_a_turn_is_found_by_conversation_id_and_number_and_a_second_one_is_not_opened()
    {
        await OpenTicketAsync("c-1", "t-1", "Buurtteam Noord", HandoffUrgency.High);
        await OpenTicketAsync("c-1", "t-2", "Buurtteam Noord", HandoffUrgency.High, conversationExists: true);

        var open = await Store.GetOpenTicketForConversationAsync("c-1", CancellationToken.None);
        Assert.NotNull(open);
        Assert.Equal(("t-1", TicketStatus.Queued, HandoffUrgency.High, "geld"), (open.Id, open.Status, open.Urgency, open.Summary.Theme));
        Assert.Equal(["ik heb schulden"], open.Summary.ResidentWords);
        Assert.Equal("t-1", (await Store.GetTicketAsync(open.Number, CancellationToken.None))!.Id);
        Assert.Null(await Store.GetTicketAsync("t-2", CancellationToken.None));
    }

    [Fact]
    public async Task Of_two_claims_on_one_ticket_one_wins_and_closing_it_ends_its_transcript_where_the_conversation_was()
    {
        await OpenTicketAsync("c-1", "t-1", "Buurtteam Noord", HandoffUrgency.Normal);

        var claims = await Task.WhenAll(new[] { "anna", "bob" }.Select(worker =>
            Store.MoveAsync("t-1", [TicketStatus.Queued], TicketStatus.Assigned, worker, worker, null, CancellationToken.None)));
        Assert.Equal([TicketChange.Done, TicketChange.Conflict], claims.Order());

        Assert.Equal(TicketChange.Done, await Store.MoveAsync("t-1", [TicketStatus.Assigned], TicketStatus.Resolved, "anna", null, "geholpen", CancellationToken.None));
        var closed = (await Store.GetTicketAsync("t-1", CancellationToken.None))!;
        Assert.Equal((TicketStatus.Resolved, "geholpen", (long?)3), (closed.Status, closed.Outcome, closed.ClosedSequence));
        Assert.Equal(TicketChange.NotFound, await Store.MoveAsync("t-9", [TicketStatus.Queued], TicketStatus.Assigned, "anna", "anna", null, CancellationToken.None));
        Assert.Equal(3, await ScalarAsync("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = 't-1'"));
    }

    [Fact]
    public async Task A_tickets_first_reply_is_kept_from_the_first_message_and_later_ones_do_not_move_it()
    {
        await OpenTicketAsync("c-1", "t-1", "Buurtteam Noord", HandoffUrgency.Normal);
        var opened = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromMinutes(7));

        await Store.MarkFirstReplyAsync("t-1", CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(3));
        await Store.MarkFirstReplyAsync("t-1", CancellationToken.None);

        Assert.Equal(opened.AddMinutes(7).ToUnixTimeMilliseconds(), await ScalarAsync("SELECT first_reply_at FROM tickets WHERE id = 't-1'"));
    }

    [Fact]
    public async Task A_team_sees_its_own_tickets_and_the_shared_queue_crisis_first()
    {
        await OpenTicketAsync("c-1", "t-1", "Buurtteam Noord", HandoffUrgency.Normal);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await OpenTicketAsync("c-2", "t-2", TicketTeams.Unknown, HandoffUrgency.Crisis);
        await OpenTicketAsync("c-3", "t-3", "Buurtteam Zuid", HandoffUrgency.Normal);

        Assert.Equal(["t-2", "t-1"], (await Store.ListTicketsAsync(TicketStatus.Queued, "Buurtteam Noord", CancellationToken.None)).Select(ticket => ticket.Id));
        Assert.Equal(3, (await Store.ListTicketsAsync(null, null, CancellationToken.None)).Count);
        Assert.Empty(await Store.ListTicketsAsync(TicketStatus.Assigned, null, CancellationToken.None));
    }

    [Fact]
    public async Task The_queue_is_most_urgent_first_and_within_an_urgency_longest_waiting_first()
    {
        (string Id, HandoffUrgency Urgency)[] arrivals =
            [("t-1", HandoffUrgency.Normal), ("t-2", HandoffUrgency.High), ("t-3", HandoffUrgency.Normal), ("t-4", HandoffUrgency.Crisis), ("t-5", HandoffUrgency.High)];
        foreach (var (id, urgency) in arrivals)
        {
            await OpenTicketAsync("c-" + id, id, "Buurtteam Noord", urgency);
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(["t-4", "t-2", "t-5", "t-1", "t-3"], (await Store.ListTicketsAsync(TicketStatus.Queued, "Buurtteam Noord", CancellationToken.None)).Select(ticket => ticket.Id));
    }

    [Fact]
    public async Task Notes_come_back_in_order_and_the_audit_log_newest_first_until_retention_deletes_it()
    {
        await OpenTicketAsync("c-1", "t-1", "Buurtteam Noord", HandoffUrgency.Normal);
        await Store.AddNoteAsync("t-1", "anna", "eerst bellen", CancellationToken.None);
        await Store.AddNoteAsync("t-1", "bob", "gebeld", CancellationToken.None);
        await Store.AuditAsync("anna", "transcript-opened", "t-1", "c-1", CancellationToken.None);
        Clock.Advance(TimeSpan.FromDays(2));
        await Store.AuditAsync("bob", "queue-read", null, null, CancellationToken.None);

        Assert.Equal(["eerst bellen", "gebeld"], (await Store.GetNotesAsync("t-1", CancellationToken.None)).Select(note => note.Text));
        Assert.Equal(["queue-read", "transcript-opened"], (await Store.GetAuditAsync(10, CancellationToken.None)).Select(entry => entry.Action));
        Assert.Equal(1, await Store.DeleteAuditBeforeAsync(Clock.GetUtcNow().AddDays(-1), CancellationToken.None));
        Assert.Equal("queue-read", Assert.Single(await Store.GetAuditAsync(10, CancellationToken.None)).Action);
    }

    [Fact]
    public async Task A_queued_ticket_whose_conversation_went_quiet_is_abandoned_and_its_team_named()
    {
        await OpenTicketAsync("c-1", "t-1", "Buurtteam Noord", HandoffUrgency.Normal);
        Clock.Advance(TimeSpan.FromDays(3));
        await OpenTicketAsync("c-2", "t-2", "Buurtteam Zuid", HandoffUrgency.Normal);

        Assert.Equal(["Buurtteam Noord"], await Store.AbandonStaleAsync(Clock.GetUtcNow().AddDays(-1), CancellationToken.None));
        Assert.Equal(TicketStatus.Abandoned, (await Store.GetTicketAsync("t-1", CancellationToken.None))!.Status);
        Assert.Equal(TicketStatus.Queued, (await Store.GetTicketAsync("t-2", CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Sweeps_by_several_instances_at_once_and_one_after_abandon_each_quiet_ticket_once_with_one_history_entry()
    {
        await OpenTicketAsync("c-1", "t-1", "Buurtteam Noord", HandoffUrgency.Normal);
        await OpenTicketAsync("c-2", "t-2", "Buurtteam Zuid", HandoffUrgency.Normal);
        Clock.Advance(TimeSpan.FromDays(3));
        var cutoff = Clock.GetUtcNow().AddDays(-1);

        // Eight stores stand for eight bot instances on one database, each sweeping in its hourly round.
        var together = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Provider.CreateHandoffStore(Clock)).Select(store =>
            Task.Run(() => store.AbandonStaleAsync(cutoff, CancellationToken.None))));
        var after = await Provider.CreateHandoffStore(Clock).AbandonStaleAsync(cutoff, CancellationToken.None);

        Assert.Equal(["Buurtteam Noord", "Buurtteam Zuid"], together.SelectMany(teams => teams).Order(StringComparer.Ordinal));
        Assert.Empty(after);
        Assert.Equal(1, await AbandonedEntriesAsync("t-1"));
        Assert.Equal(1, await AbandonedEntriesAsync("t-2"));
    }

    /// <summary>How many times the ticket's history says it was abandoned.</summary>
    protected Task<long> AbandonedEntriesAsync(string ticketId) =>
        ScalarAsync($"SELECT COUNT(*) FROM ticket_events WHERE ticket_id = '{ticketId}' AND to_status = 'Abandoned'");

    /// <summary>A conversation with three activities stored, and a ticket opened as a turn opens it.</summary>
    protected Task<int> OpenTicketAsync(string conversationId, string ticketId, string team, HandoffUrgency urgency, bool conversationExists = false)
    {
        var now = Clock.GetUtcNow();
        var request = new HandoffRequest("geld", urgency, ["schulden"], ["geld"], [], ["ik heb schulden"], [], null, "5211", null, "nl");
        return Provider.Database.WriteAsync(
            async (connection, transaction) =>
            {
                if (!conversationExists)
                {
                    await connection.ExecuteAsync(
                        "INSERT INTO conversations (id, channel, user_id, last_sequence, created_at, updated_at) VALUES (@conversationId, 'test', 'u', 3, @at, @at)",
                        new { conversationId, at = now.ToUnixTimeMilliseconds() },
                        transaction);
                }

                await HandoffStore.InsertAsync(connection, transaction, conversationId, new NewTicket(ticketId, team, request), now, CancellationToken.None);
                return 0;
            },
            CancellationToken.None);
    }

    protected async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await Provider.Database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteHandoffStoreTests : HandoffStoreContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresHandoffStoreTests : HandoffStoreContract<PostgresProvider>
{
    /// <summary>
    /// The race the concurrent sweeps above may or may not hit, made certain: a transaction holds the ticket's row while
    /// two sweeps read it as waiting and queue their UPDATEs behind it; when it lets go, one UPDATE changes the row and
    /// the other finds it abandoned already. (On SQLite writers queue for the whole database, so there is no such race.)
    /// </summary>
    [Fact]
    public async Task Two_sweeps_that_both_found_a_ticket_waiting_abandon_it_once()
    {
        await OpenTicketAsync("c-1", "t-1", "Buurtteam Noord", HandoffUrgency.Normal);
        Clock.Advance(TimeSpan.FromDays(3));
        var cutoff = Clock.GetUtcNow().AddDays(-1);
        await using var holder = await Provider.Postgres.DataSource.OpenConnectionAsync();
        var holderId = await holder.ExecuteScalarAsync<int>("SELECT pg_backend_pid()");
        await using var hold = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync("SELECT 1 FROM tickets WHERE id = 't-1' FOR UPDATE", transaction: hold);

        var sweeps = Enumerable.Range(0, 2).Select(_ => Provider.CreateHandoffStore(Clock))
            .Select(store => Task.Run(() => store.AbandonStaleAsync(cutoff, CancellationToken.None))).ToList();
        await Polling.WaitUntilAsync(async () => await WaitingBehindAsync(holderId) == 2, TimeSpan.FromSeconds(30));
        Assert.Equal(2, await WaitingBehindAsync(holderId));
        await hold.CommitAsync();

        Assert.Equal(["Buurtteam Noord"], (await Task.WhenAll(sweeps)).SelectMany(teams => teams));
        Assert.Equal(1, await AbandonedEntriesAsync("t-1"));
    }

    /// <summary>Sessions waiting for a lock the holder has, directly or behind another waiter (PostgreSQL queues a row's waiters).</summary>
    private Task<long> WaitingBehindAsync(int holderId) =>
        ScalarAsync(
            $"""
            SELECT COUNT(*) FROM pg_stat_activity waiting
            WHERE waiting.wait_event_type = 'Lock' AND ({holderId} = ANY(pg_blocking_pids(waiting.pid))
                OR EXISTS (SELECT 1 FROM pg_stat_activity ahead WHERE ahead.pid = ANY(pg_blocking_pids(waiting.pid)) AND {holderId} = ANY(pg_blocking_pids(ahead.pid))))
            """);
}
