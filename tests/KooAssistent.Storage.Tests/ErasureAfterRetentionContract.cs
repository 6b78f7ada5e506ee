using System.Text;
using KooAssistent.Storage.WhatsApp;
using static KooAssistent.Storage.Tests.TestActivities;

namespace KooAssistent.Storage.Tests;

/// <summary>
/// A quiet conversation goes after <c>Persistence:RetentionDays</c> (28), its insight rows (turns, 👍/👎, redacted gap
/// questions, the handoff fact) stay for <c>Insights:RetentionDays</c> (90): what every provider must do so a
/// resident's erasure still reaches those rows in between, and only theirs.
/// </summary>
public abstract class ErasureAfterRetentionContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    private const string PhoneNumberId = "106540352242922";
    private const string Resident = "31612345678";
    private const string Neighbour = "31687654321";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a-conversation-id-key-of-at-least-32-characters");

    private IConversationStore Conversations => Provider.CreateConversationStore(Clock);

    private PrivacyStore Privacy => Provider.CreatePrivacyStore(Clock);

    [Fact]
    public async Task A_WhatsApp_residents_insight_rows_left_by_the_sweep_are_erased_by_their_number_and_a_neighbours_stay()
    {
        var (resident, neighbour) = (KeyedId(Resident), KeyedId(Neighbour));
        await ConversationSeed.WriteAsync(Provider, Clock, resident, userId: Resident);
        await ConversationSeed.WriteAsync(Provider, Clock, neighbour, userId: Neighbour);
        await SweepAsync();
        Assert.Equal(InsightTablesOnly, StoredBesideTheAudit(await RowsOfAsync(resident)));
        var neighbours = await RowsOfAsync(neighbour);
        var byNumber = new PrivacySubject(PrivacySubjectKind.WhatsAppNumber, "+31 6 1234 5678");

        Assert.Empty(await Privacy.FindConversationsAsync(byNumber, None));
        var found = await Privacy.FindConversationsAsync(byNumber with { KeyedConversationId = KeyedId(Resident) }, None);
        Assert.Equal([resident], found);
        Assert.True(await Conversations.EraseConversationAsync(resident, "operator:test", None));

        Assert.Equal(["audit_log"], (await RowsOfAsync(resident)).Keys);
        Assert.Equal(neighbours, await RowsOfAsync(neighbour));
        Assert.Empty(await Privacy.FindConversationsAsync(byNumber with { KeyedConversationId = KeyedId(Resident) }, None));
    }

    [Fact]
    public async Task A_web_chat_conversations_insight_rows_are_found_by_its_id_or_its_tickets_number_exported_and_erased_after_the_sweep()
    {
        await ConversationSeed.WriteAsync(Provider, Clock, "web-1", channel: "directline", userId: "dl_1");
        await ConversationSeed.WriteAsync(Provider, Clock, "web-2", channel: "directline", userId: "dl_2");
        var number = (await Provider.CreateHandoffStore(Clock).GetTicketAsync("t-web-1", None))!.Number;
        await SweepAsync();
        var kept = await RowsOfAsync("web-2");

        Assert.Equal(["web-1"], await Privacy.FindConversationsAsync(new PrivacySubject(PrivacySubjectKind.Conversation, "web-1"), None));
        Assert.Equal(["web-1"], await Privacy.FindConversationsAsync(new PrivacySubject(PrivacySubjectKind.Ticket, Tickets.TicketNumber.Format(number)), None));
        Assert.Equal(["web-1"], await Privacy.FindConversationsAsync(new PrivacySubject(PrivacySubjectKind.Ticket, "t-web-1"), None));
        var exported = Assert.Single((await Privacy.ExportAsync(["web-1"], None))["conversations"]!.AsArray())!;
        Assert.Equal("ik heb schulden", (string?)exported["insight_gaps"]![0]!["text"]);
        Assert.Equal(number, (string?)exported["insight_handoffs"]![0]!["ticket_number"]);
        Assert.True(await Conversations.EraseConversationAsync("web-1", "operator:test", None));

        Assert.Equal(["audit_log"], (await RowsOfAsync("web-1")).Keys);
        Assert.Equal(kept, await RowsOfAsync("web-2"));
        var audit = await Provider.CreateHandoffStore(Clock).GetAuditAsync(10, None);
        Assert.Contains(audit, entry => entry is { Action: "conversation-erased", Actor: "operator:test", ConversationId: "web-1" });
        Assert.Empty(await Privacy.FindConversationsAsync(new PrivacySubject(PrivacySubjectKind.Conversation, "web-1"), None));
    }

    /// <summary>WhatsApp names a returning resident's conversation with the same keyed id, so "wis mijn gesprek" reaches what the old one left.</summary>
    [Fact]
    public async Task A_WhatsApp_resident_who_writes_again_after_the_sweep_and_asks_for_erasure_erases_what_the_deleted_conversation_left()
    {
        var resident = KeyedId(Resident);
        await ConversationSeed.WriteAsync(Provider, Clock, resident, userId: Resident);
        await SweepAsync();
        await Conversations.CreateConversationAsync(new NewConversation(resident, WhatsAppConversations.Channel, Resident, "nl-NL"), None);
        await Conversations.CompleteTurnAsync((await Conversations.GetNextPendingTurnAsync(resident, None))!, [], null, None);
        await Conversations.AppendInboundAsync(Inbound(resident, "wis mijn gesprek", "wa:again"), None);

        await Conversations.CompleteErasureTurnAsync((await Conversations.GetNextPendingTurnAsync(resident, None))!, [BotReply("gewist")], "{}", None);

        Assert.Empty(InsightTablesOnly.Intersect((await RowsOfAsync(resident)).Keys));
        Assert.Equal(["gewist"], (await Conversations.GetActivitiesAsync(resident, 0, 10, None)).Select(activity => activity.Activity.Text));
    }

    private static readonly string[] InsightTablesOnly = [.. Insights.InsightTables.All.Order(StringComparer.Ordinal)];

    private static string KeyedId(string waId) => WhatsAppKeyedIds.ConversationId(Key, PhoneNumberId, waId);

    /// <summary>29 days later the retention run deletes every conversation of the test, quiet for more than 28.</summary>
    private async Task SweepAsync()
    {
        Clock.Advance(TimeSpan.FromDays(29));
        Assert.True(await Conversations.DeleteConversationsInactiveSinceAsync(Clock.GetUtcNow().AddDays(-28), None) > 0);
    }

    private Task<IReadOnlyDictionary<string, long>> RowsOfAsync(string conversationId) =>
        StoreRows.OfConversationAsync(Provider.Database, conversationId, "t-" + conversationId);

    /// <summary>The tables holding rows of the conversation, but the audit log, which outlives it by design.</summary>
    private static string[] StoredBesideTheAudit(IReadOnlyDictionary<string, long> rows) =>
        [.. rows.Keys.Where(table => table != "audit_log").Order(StringComparer.Ordinal)];
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteErasureAfterRetentionTests : ErasureAfterRetentionContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresErasureAfterRetentionTests : ErasureAfterRetentionContract<PostgresProvider>;
