using System.Text.Json.Nodes;
using static KooAssistent.Storage.Tests.TestActivities;

namespace KooAssistent.Storage.Tests;

/// <summary>What every provider must do for access and erasure requests; one subclass per provider runs it.</summary>
public abstract class PrivacyStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    private PrivacyStore Store => Provider.CreatePrivacyStore(Clock);

    [Fact]
    public async Task A_resident_is_found_by_conversation_id_ticket_id_or_number_and_every_spelling_of_their_WhatsApp_number()
    {
        await ConversationSeed.WriteAsync(Provider, Clock, "c-1");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await ConversationSeed.WriteAsync(Provider, Clock, "c-2");
        var number = (await Provider.CreateHandoffStore(Clock).GetTicketAsync("t-c-2", None))!.Number;

        Assert.Equal(["c-1"], await Store.FindConversationsAsync(new PrivacySubject(PrivacySubjectKind.Conversation, "c-1"), None));
        Assert.Equal(["c-2"], await Store.FindConversationsAsync(new PrivacySubject(PrivacySubjectKind.Ticket, "t-c-2"), None));
        Assert.Equal(["c-2"], await Store.FindConversationsAsync(new PrivacySubject(PrivacySubjectKind.Ticket, number), None));
        Assert.Equal(["c-1", "c-2"], await Store.FindConversationsAsync(new PrivacySubject(PrivacySubjectKind.WhatsAppNumber, "06 1234 5678"), None));
        Assert.Empty(await Store.FindConversationsAsync(new PrivacySubject(PrivacySubjectKind.Conversation, "ghost"), None));
    }

    [Fact]
    public async Task The_export_holds_every_stored_row_of_the_conversation_with_JSON_columns_as_JSON()
    {
        await ConversationSeed.WriteAsync(Provider, Clock, "c-1");
        await ConversationSeed.WriteAsync(Provider, Clock, "c-2");

        var export = await Store.ExportAsync(["c-1", "ghost"], None);

        var conversation = Assert.Single(export["conversations"]!.AsArray())!.AsObject();
        Assert.Equal(("c-1", ConversationSeed.WaId), ((string?)conversation["id"], (string?)conversation["user_id"]));
        var stored = await StoreRows.OfConversationAsync(Provider.Database, "c-1", "t-c-1");
        foreach (var (table, count) in stored.Where(entry => entry.Key != "conversations"))
        {
            Assert.True(conversation[table] is JsonArray rows && rows.Count == count, $"{table}: {count} row(s) stored, {conversation[table]?.AsArray().Count} exported");
        }

        Assert.Contains(conversation["activities"]!.AsArray(), row => (string?)row!["body"]!["text"] == "ik heb schulden en mijn huur is te laat");
        Assert.Equal("geld", (string?)conversation["tickets"]![0]!["summary"]!["theme"]);
        Assert.Equal("https://smba.example/", (string?)conversation["botconnector_conversations"]![0]!["service_url"]);
        Assert.Equal(Clock.GetUtcNow().ToUnixTimeMilliseconds(), (long)conversation["ticket_calls"]![0]!["at"]!);
    }

    [Fact]
    public async Task Erasing_a_conversation_leaves_no_row_of_it_anywhere_but_the_audit_entries_and_another_keeps_all_of_its()
    {
        await ConversationSeed.WriteAsync(Provider, Clock, "c-1");
        await ConversationSeed.WriteAsync(Provider, Clock, "c-2");
        var kept = await StoreRows.OfConversationAsync(Provider.Database, "c-2", "t-c-2");
        Assert.Superset(
            new HashSet<string> { "activities", "turns", "tickets", "ticket_events", "ticket_notes", "ticket_reads", "ticket_calls", "insight_turns", "insight_feedback", "insight_gaps", "insight_handoffs", "whatsapp_delivery", "whatsapp_dead_letters", "botconnector_conversations", "teams_notifications" },
            kept.Keys.ToHashSet());

        Assert.True(await Provider.CreateConversationStore(Clock).EraseConversationAsync("c-1", "operator:test", None));

        Assert.Equal(["audit_log"], (await StoreRows.OfConversationAsync(Provider.Database, "c-1", "t-c-1")).Keys);
        Assert.Equal(kept, await StoreRows.OfConversationAsync(Provider.Database, "c-2", "t-c-2"));
        Assert.Empty((await Store.ExportAsync(["c-1"], None))["conversations"]!.AsArray());
        Assert.Empty(await Store.FindConversationsAsync(new PrivacySubject(PrivacySubjectKind.Ticket, "t-c-1"), None));
    }

    [Fact]
    public async Task Erasure_at_the_residents_request_removes_messages_tickets_gaps_and_dead_letters_and_keeps_only_what_delivers_the_confirmation()
    {
        await ConversationSeed.WriteAsync(Provider, Clock, "c-1");
        var store = Provider.CreateConversationStore(Clock);
        await store.AppendInboundAsync(Inbound("c-1", "wis alles over mij", "wa:erase"), None);

        await store.CompleteErasureTurnAsync((await store.GetNextPendingTurnAsync("c-1", None))!, [BotReply("gewist")], "{}", None);

        var left = await StoreRows.OfConversationAsync(Provider.Database, "c-1", "t-c-1");
        Assert.Equal(["activities", "audit_log", "botconnector_conversations", "conversations", "turns", "whatsapp_delivery"], left.Keys.Order());
        Assert.Equal((1L, 1L), (left["activities"], left["turns"]));
        Assert.Equal(["gewist"], (await store.GetActivitiesAsync("c-1", 0, 10, None)).Select(activity => activity.Activity.Text));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SqlitePrivacyStoreTests : PrivacyStoreContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresPrivacyStoreTests : PrivacyStoreContract<PostgresProvider>;
