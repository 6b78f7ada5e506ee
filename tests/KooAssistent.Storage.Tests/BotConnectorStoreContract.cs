using KooAssistent.Storage.BotConnector;
using static KooAssistent.Storage.Tests.TestActivities;

namespace KooAssistent.Storage.Tests;

/// <summary>What every provider's Bot Connector store must do; one subclass per provider runs it.</summary>
public abstract class BotConnectorStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    private static readonly ConnectorReference Teams = new("c-1", "msteams", "https://smba.example/emea/", "19:abc", "bot-id", "Koo", "user-1");

    private BotConnectorStore Store => Provider.CreateBotConnectorStore(Clock);

    [Fact]
    public async Task A_later_reference_moves_where_replies_go_but_not_the_cursor_nor_the_channels_own_ids()
    {
        Assert.Null(await Store.GetReferenceAsync("c-1", None));
        await ConversationAsync(messages: 2);
        await Store.SaveReferenceAsync(Teams, None);
        await Store.MarkDeliveredAsync("c-1", 1, None);

        await Store.SaveReferenceAsync(Teams with { ServiceUrl = "https://smba.example/amer/", BotName = null, ConnectorConversationId = "19:other" }, None);

        Assert.Equal(Teams with { ServiceUrl = "https://smba.example/amer/", BotName = null }, await Store.GetReferenceAsync("c-1", None));
        Assert.Equal(1, Assert.Single(await Store.GetPendingDeliveriesAsync(None)).DeliveredSequence);
    }

    [Fact]
    public async Task A_conversation_is_pending_until_the_cursor_reaches_its_last_activity_and_the_cursor_never_goes_back()
    {
        await ConversationAsync(messages: 2);
        await Store.SaveReferenceAsync(Teams, None);

        Assert.Equal(new ConnectorDelivery(Teams, 0, 2), Assert.Single(await Store.GetPendingDeliveriesAsync(None)));
        await Store.MarkDeliveredAsync("c-1", 2, None);
        await Store.MarkDeliveredAsync("c-1", 1, None);

        Assert.Empty(await Store.GetPendingDeliveriesAsync(None));
    }

    [Fact]
    public async Task Outboxes_claiming_at_once_never_get_the_same_conversation_and_a_dead_ones_claim_ends_by_itself()
    {
        var ids = Enumerable.Range(0, 30).Select(index => $"c-{index:D2}").ToList();
        foreach (var id in ids)
        {
            await ConversationAsync(messages: 1, id);
            await Store.SaveReferenceAsync(Teams with { ConversationId = id }, None);
        }

        var rounds = await ConcurrentClaims.RunAsync(
            10,
            async claimer => (await Provider.CreateBotConnectorStore(Clock).ClaimPendingDeliveriesAsync(claimer, ClaimFor, None)).Select(delivery => delivery.Reference.ConversationId),
            (claimed, claimer) => Store.ReleaseAsync(claimed, claimer, None));
        Assert.All(rounds, claimed => Assert.Equal(ids, claimed));

        Assert.Equal(30, (await Store.ClaimPendingDeliveriesAsync("dies", ClaimFor, None)).Count);
        Assert.Empty(await Store.ClaimPendingDeliveriesAsync("survives", ClaimFor, None));
        Assert.Equal(30, (await Store.GetPendingDeliveriesAsync(None)).Count);
        Clock.Advance(ClaimFor);
        Assert.Equal(30, (await Store.ClaimPendingDeliveriesAsync("survives", ClaimFor, None)).Count);
    }

    private async Task ConversationAsync(int messages, string id = "c-1")
    {
        var store = Provider.CreateConversationStore(Clock);
        await store.CreateConversationAsync(new NewConversation(id, "botconnector", "user-1", "nl-NL"), None);
        for (var index = 0; index < messages; index++)
        {
            await store.AppendInboundAsync(Inbound(id, $"bericht {index}", $"k{index}"), None);
        }
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteBotConnectorStoreTests : BotConnectorStoreContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresBotConnectorStoreTests : BotConnectorStoreContract<PostgresProvider>;
