using Dapper;
using KooAssistent.Storage.WhatsApp;
using static KooAssistent.Storage.Tests.TestActivities;

namespace KooAssistent.Storage.Tests;

/// <summary>What every provider's WhatsApp outbox store must do; one subclass per provider runs it.</summary>
public abstract class WhatsAppStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    private WhatsAppStore Store => Provider.CreateWhatsAppStore(Clock);

    [Fact]
    public async Task A_conversation_is_pending_from_its_first_message_until_the_cursor_reaches_its_last()
    {
        Assert.Empty(await Store.ClaimPendingDeliveriesAsync("a", ClaimFor, None));
        await ConversationAsync("wa-1", messages: 1);

        var pending = Assert.Single(await Store.ClaimPendingDeliveriesAsync("a", ClaimFor, None));
        await Store.MarkDeliveredAsync("wa-1", 1, None);
        await Store.ReleaseAsync(["wa-1"], "a", None);

        Assert.Equal(new WhatsAppDelivery("wa-1", "316wa-1", 0, 1), pending);
        Assert.Empty(await Store.ClaimPendingDeliveriesAsync("a", ClaimFor, None));
    }

    [Fact]
    public async Task Outboxes_claiming_at_once_never_get_the_same_conversation_and_together_get_all()
    {
        var ids = Enumerable.Range(0, 40).Select(index => $"wa-{index:D2}").ToList();
        foreach (var id in ids)
        {
            await ConversationAsync(id, messages: 1);
        }

        // After the first round every conversation has its cursor row, so nothing but the claim keeps claimers apart.
        var rounds = await ConcurrentClaims.RunAsync(
            10,
            async claimer => (await Provider.CreateWhatsAppStore(Clock).ClaimPendingDeliveriesAsync(claimer, ClaimFor, None)).Select(delivery => delivery.ConversationId),
            (claimed, claimer) => Store.ReleaseAsync(claimed, claimer, None));

        Assert.All(rounds, claimed => Assert.Equal(ids, claimed));
    }

    [Fact]
    public async Task A_claim_left_by_an_instance_that_died_is_taken_back_by_it_after_a_restart_and_by_another_once_it_ends()
    {
        await ConversationAsync("wa-1", messages: 3);
        Assert.Single(await Store.ClaimPendingDeliveriesAsync("dies", ClaimFor, None));
        await Store.MarkDeliveredAsync("wa-1", 1, None);

        Assert.Empty(await Store.ClaimPendingDeliveriesAsync("survives", ClaimFor, None));
        await Store.ReleaseAsync(["wa-1"], "survives", None);
        Assert.Empty(await Store.ClaimPendingDeliveriesAsync("survives", ClaimFor, None));
        Assert.Equal(new WhatsAppDelivery("wa-1", "316wa-1", 1, 3), Assert.Single(await Store.ClaimPendingDeliveriesAsync("dies", ClaimFor, None)));
        Clock.Advance(ClaimFor);

        Assert.Equal(new WhatsAppDelivery("wa-1", "316wa-1", 1, 3), Assert.Single(await Store.ClaimPendingDeliveriesAsync("survives", ClaimFor, None)));
    }

    [Fact]
    public async Task A_released_claim_is_claimable_again_at_once_and_the_cursor_never_goes_back()
    {
        await ConversationAsync("wa-1", messages: 2);
        await Store.ClaimPendingDeliveriesAsync("a", ClaimFor, None);
        await Store.MarkDeliveredAsync("wa-1", 1, None);
        await Store.ReleaseAsync(["wa-1"], "a", None);

        Assert.Equal(1, Assert.Single(await Store.ClaimPendingDeliveriesAsync("b", ClaimFor, None)).DeliveredSequence);
        await Store.MarkDeliveredAsync("wa-1", 2, None);
        await Store.MarkDeliveredAsync("wa-1", 1, None);
        await Store.ReleaseAsync(["wa-1"], "b", None);
        Assert.Empty(await Store.ClaimPendingDeliveriesAsync("a", ClaimFor, None));
    }

    [Fact]
    public async Task Statuses_count_once_dead_letters_are_counted_and_the_residents_last_message_opens_the_window()
    {
        Assert.Null(await Store.LastResidentMessageAtAsync("wa-1", None));
        await ConversationAsync("wa-1", messages: 1);
        var wrote = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromHours(2));
        await Provider.CreateConversationStore(Clock).AppendOutboundAsync("wa-1", BotReply("antwoord"), None);

        await Store.RecordStatusAsync(new WhatsAppStatus("wamid.out", "delivered", Clock.GetUtcNow(), null), None);
        await Store.RecordStatusAsync(new WhatsAppStatus("wamid.out", "delivered", Clock.GetUtcNow(), null), None);
        await Store.RecordStatusAsync(new WhatsAppStatus("wamid.out", "failed", Clock.GetUtcNow(), "131047"), None);
        await Store.DeadLetterAsync("wa-1", 2, "131047", None);

        Assert.Equal(wrote, await Store.LastResidentMessageAtAsync("wa-1", None));
        Assert.Equal(1, await Store.CountDeadLettersAsync(None));
        Assert.Equal(0, await Store.PurgeStatusesBeforeAsync(Clock.GetUtcNow(), None));
        Assert.Equal(2, await Store.PurgeStatusesBeforeAsync(Clock.GetUtcNow().AddMilliseconds(1), None));
    }

    [Fact]
    public async Task A_renamed_conversation_keeps_its_transcript_turns_ticket_cursor_and_references_under_the_new_id()
    {
        await ConversationSeed.WriteAsync(Provider, Clock, "old-id");
        var before = await StoreRows.OfConversationAsync(Provider.Database, "old-id", "t-old-id");

        await Store.RenameConversationAsync("old-id", "new-id", None);

        Assert.Empty(await StoreRows.OfConversationAsync(Provider.Database, "old-id", "none"));
        Assert.Equal(before, await StoreRows.OfConversationAsync(Provider.Database, "new-id", "t-old-id"));
        Assert.Equal([("new-id", ConversationSeed.WaId)], await Store.ListConversationsAsync(None));
        Assert.Equal("new-id|0000002", (await Provider.CreateConversationStore(Clock).GetActivityAsync("new-id", 2, None))!.Activity.Id);
        Assert.Equal(0, await StoreRows.CountAsync(Provider.Database, "SELECT COUNT(*) FROM activities WHERE body LIKE '%old-id%'"));
    }

    /// <summary>A WhatsApp conversation of resident <c>316</c> and its id, holding <paramref name="messages"/> of the resident.</summary>
    protected async Task ConversationAsync(string id, int messages)
    {
        var store = Provider.CreateConversationStore(Clock);
        await store.CreateConversationAsync(new NewConversation(id, WhatsAppConversations.Channel, "316" + id, "nl-NL"), None);
        for (var index = 0; index < messages; index++)
        {
            await store.AppendInboundAsync(Inbound(id, $"bericht {index}", $"wa:{id}:{index}"), None);
        }
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteWhatsAppStoreTests : WhatsAppStoreContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresWhatsAppStoreTests : WhatsAppStoreContract<PostgresProvider>
{
    [Fact]
    public async Task A_conversation_another_instance_is_claiming_right_now_is_skipped_not_waited_for()
    {
        await ConversationAsync("wa-1", messages: 1);
        await ConversationAsync("wa-2", messages: 1);
        var store = Provider.CreateWhatsAppStore(Clock);
        await store.ReleaseAsync([.. (await store.ClaimPendingDeliveriesAsync("first", TimeSpan.FromMinutes(5), CancellationToken.None)).Select(delivery => delivery.ConversationId)], "first", CancellationToken.None);

        // Another instance's claim transaction, caught between locking wa-1's cursor row and committing.
        await using var other = await Provider.Database.OpenAsync(CancellationToken.None);
        await using var claiming = await other.BeginTransactionAsync();
        await other.ExecuteAsync("SELECT * FROM whatsapp_delivery WHERE conversation_id = 'wa-1' FOR UPDATE", transaction: claiming);

        var claimed = await store.ClaimPendingDeliveriesAsync("this", TimeSpan.FromMinutes(5), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("wa-2", Assert.Single(claimed).ConversationId);
    }
}
