using KooAssistent.Storage.Inbox;
using static KooAssistent.Storage.Tests.TestActivities;

namespace KooAssistent.Storage.Tests;

/// <summary>What every provider's staff inbox store must do; one subclass per provider runs it.</summary>
public abstract class InboxStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    private InboxStore Store => Provider.CreateInboxStore(Clock);

    [Fact]
    public async Task A_tickets_facts_name_its_channel_the_residents_last_message_and_what_each_worker_has_not_read()
    {
        await ConversationSeed.WriteAsync(Provider, Clock, "c-1");
        await Provider.CreateConversationStore(Clock).AppendInboundAsync(Inbound("c-1", "zijn jullie er nog?", "wa:later"), None);
        var ticket = (await Provider.CreateHandoffStore(Clock).GetTicketAsync("t-c-1", None))!;

        var anna = Assert.Single(await Store.FactsAsync([ticket], "anna", None));
        var bob = (await Store.FactsAsync([ticket], "bob", None))[ticket.Id];

        Assert.Equal(new InboxFacts("whatsapp", "zijn jullie er nog?", 1), anna.Value);
        Assert.Equal(2, bob.Unread);
        Assert.Empty(await Store.FactsAsync([], "anna", None));
    }

    /// <summary>
    /// A ticket whose conversation holds no resident message (seeded, or its messages gone) has no preview. SQLite
    /// reports a NULL in an expression column as a blob, so a positional row type once failed the whole inbox on it.
    /// </summary>
    [Fact]
    public async Task A_ticket_without_a_residents_message_has_no_preview_and_the_others_still_have_theirs()
    {
        var now = Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var request = new KooAssistent.Conversation.Dialog.Handoff.HandoffRequest("geld", KooAssistent.Conversation.Dialog.Handoff.HandoffUrgency.Normal, [], [], [], [], [], null, null, null, "nl");
        await Provider.Database.WriteAsync(
            async (connection, transaction) =>
            {
                await Dapper.SqlMapper.ExecuteAsync(connection, "INSERT INTO conversations (id, channel, user_id, last_sequence, created_at, updated_at) VALUES ('c-0', 'directline', 'u', 0, @now, @now)", new { now }, transaction);
                await KooAssistent.Storage.Tickets.HandoffStore.InsertAsync(connection, transaction, "c-0", new KooAssistent.Storage.Tickets.NewTicket("t-c-0", "onbekend", request), Clock.GetUtcNow(), None);
                return 0;
            },
            None);
        await ConversationSeed.WriteAsync(Provider, Clock, "c-1");
        var handoffs = Provider.CreateHandoffStore(Clock);
        var empty = (await handoffs.GetTicketAsync("t-c-0", None))!;
        var other = (await handoffs.GetTicketAsync("t-c-1", None))!;

        var facts = await Store.FactsAsync([empty, other], "anna", None);

        Assert.Equal(new InboxFacts("directline", null, 0), facts[empty.Id]);
        Assert.NotNull(facts[other.Id].LastResidentText);
    }

    [Fact]
    public async Task A_read_mark_moves_forward_only()
    {
        await ConversationSeed.WriteAsync(Provider, Clock, "c-1");
        var ticket = (await Provider.CreateHandoffStore(Clock).GetTicketAsync("t-c-1", None))!;

        await Store.MarkReadAsync(ticket.Id, "bob", 3, None);
        await Store.MarkReadAsync(ticket.Id, "bob", 1, None);

        Assert.Equal(3, await StoreRows.CountAsync(Provider.Database, "SELECT read_sequence FROM ticket_reads WHERE username = 'bob'"));
        Assert.Equal(0, (await Store.FactsAsync([ticket], "bob", None))[ticket.Id].Unread);
    }

    [Fact]
    public async Task Calls_come_back_in_the_order_they_were_made_and_each_is_audited()
    {
        await ConversationSeed.WriteAsync(Provider, Clock, "c-1");
        var ticket = (await Provider.CreateHandoffStore(Clock).GetTicketAsync("t-c-1", None))!;
        Clock.Advance(TimeSpan.FromHours(1));

        await Store.AddCallAsync(ticket, "bob", "voicemail", None);

        Assert.Equal([("anna", "bereikt"), ("bob", "voicemail")], (await Store.CallsAsync(ticket.Id, None)).Select(call => (call.Worker, call.Outcome)));
        Assert.Equal(Clock.GetUtcNow(), (await Store.CallsAsync(ticket.Id, None))[1].At);
        Assert.Equal(2, await StoreRows.CountAsync(Provider.Database, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'called:%' AND ticket_id = 't-c-1'"));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteInboxStoreTests : InboxStoreContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresInboxStoreTests : InboxStoreContract<PostgresProvider>;
