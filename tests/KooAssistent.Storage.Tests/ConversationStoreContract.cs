using Dapper;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Storage.Tickets;
using static KooAssistent.Storage.Tests.TestActivities;

namespace KooAssistent.Storage.Tests;

/// <summary>What every provider's conversation store must do; one subclass per provider runs it.</summary>
public abstract class ConversationStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    private IConversationStore Store => Provider.CreateConversationStore(Clock);

    [Fact]
    public async Task Creating_a_conversation_queues_its_start_turn_once()
    {
        Assert.True(await Store.CreateConversationAsync(new NewConversation("c-1", "test", "u-1", "nl-NL"), None));
        Assert.False(await Store.CreateConversationAsync(new NewConversation("c-1", "test", "u-2", null), None));

        var turn = await Store.GetNextPendingTurnAsync("c-1", None);
        Assert.Equal((TurnTrigger.ConversationStarted, (long?)null), (turn!.Trigger, turn.ActivitySequence));
        Assert.Equal(["c-1"], await Store.GetConversationsWithPendingTurnsAsync(None));
        var conversation = await Store.GetConversationAsync("c-1", None);
        Assert.Equal(("test", "u-1", "nl-NL", 0L, Clock.GetUtcNow()), (conversation!.Channel, conversation.UserId, conversation.Locale, conversation.LastSequence, conversation.CreatedAt));
        Assert.Null(await Store.GetConversationAsync("c-2", None));
    }

    [Fact]
    public async Task Inbound_activities_get_consecutive_sequences_ids_and_the_store_time_and_queue_their_turns_in_order()
    {
        await StartAsync("conv");

        var first = await Store.AppendInboundAsync(Inbound("conv", "een", "k1"), None);
        Clock.Advance(TimeSpan.FromSeconds(5));
        var second = await Store.AppendInboundAsync(Inbound("conv", "twee", "k2"), None);

        Assert.Equal((1L, "conv|0000001"), (first.Stored!.Sequence, first.Stored.Activity.Id));
        Assert.Equal((2L, "conv|0000002", Clock.GetUtcNow()), (second.Stored!.Sequence, second.Stored.Activity.Id, second.Stored.Activity.Timestamp));
        Assert.Equal("twee", (await Store.GetActivityAsync("conv", 2, None))!.Activity.Text);
        Assert.Null(await Store.GetActivityAsync("conv", 3, None));
        Assert.Equal(1, (await Store.GetNextPendingTurnAsync("conv", None))!.ActivitySequence);
    }

    [Fact]
    public async Task A_retry_with_the_same_key_stores_nothing_and_returns_the_earlier_copy_while_another_conversation_keeps_its_own()
    {
        await StartAsync("c-1");
        await StartAsync("c-2");

        var first = await Store.AppendInboundAsync(Inbound("c-1", "hallo", "same"), None);
        var retry = await Store.AppendInboundAsync(Inbound("c-1", "hallo (retry)", "same"), None);
        var elsewhere = await Store.AppendInboundAsync(Inbound("c-2", "hallo", "same"), None);

        Assert.Equal((false, true, false), (first.Duplicate, retry.Duplicate, elsewhere.Duplicate));
        Assert.Equal((first.Stored!.Activity.Id, "hallo"), (retry.Stored!.Activity.Id, retry.Stored.Activity.Text));
        Assert.Single(await Store.GetActivitiesAsync("c-1", 0, 10, None));
        var turn = await Store.GetNextPendingTurnAsync("c-1", None);
        await Store.CompleteTurnAsync(turn!, [], null, None);
        Assert.Null(await Store.GetNextPendingTurnAsync("c-1", None));
    }

    [Fact]
    public async Task Messages_appended_at_once_by_two_instances_get_every_sequence_once_in_order()
    {
        await StartAsync("c-1");
        IConversationStore[] instances = [Provider.CreateConversationStore(Clock), Provider.CreateConversationStore(Clock)];

        // Residents' messages, workers' messages and retries of one message, all at the same time.
        async Task<StoredActivity> WriteAsync(int index)
        {
            var instance = instances[index % 2];
            return (index % 3) switch
            {
                0 => (await instance.AppendInboundAsync(Inbound("c-1", $"m{index}", $"k{index}"), None)).Stored!,
                1 => await instance.AppendOutboundAsync("c-1", BotReply($"w{index}"), None),
                _ => (await instance.AppendInboundAsync(Inbound("c-1", "dubbel", "retried"), None)).Stored!,
            };
        }

        var writes = Enumerable.Range(0, 24).Select(index => Task.Run(() => WriteAsync(index)));
        var stored = await Task.WhenAll(writes);

        var transcript = await Store.GetActivitiesAsync("c-1", 0, 100, None);
        Assert.Equal(Enumerable.Range(1, 17).Select(sequence => (long)sequence), transcript.Select(activity => activity.Sequence));
        Assert.Equal(transcript.Select(activity => ActivityIds.For("c-1", activity.Sequence)), transcript.Select(activity => activity.Activity.Id));
        Assert.Single(stored.Where(activity => activity.Activity.Text == "dubbel").Select(activity => activity.Sequence).Distinct());
        Assert.Equal(17, (await Store.GetConversationAsync("c-1", None))!.LastSequence);
    }

    [Fact]
    public async Task A_full_conversation_refuses_the_residents_next_message_but_not_a_retry_nor_the_bots_reply()
    {
        await StartAsync("c-1");
        await Store.AppendInboundAsync(Inbound("c-1", "een", "k1", limit: 2), None);
        await Store.AppendInboundAsync(Inbound("c-1", "twee", "k2", limit: 2), None);

        var full = await Assert.ThrowsAsync<ConversationFullException>(() => Store.AppendInboundAsync(Inbound("c-1", "drie", "k3", limit: 2), None));
        var retry = await Store.AppendInboundAsync(Inbound("c-1", "een", "k1", limit: 2), None);
        var reply = await Store.AppendOutboundAsync("c-1", BotReply("antwoord"), None);

        Assert.Equal(("c-1", 2), (full.ConversationId, full.Limit));
        Assert.Equal((true, 1L), (retry.Duplicate, retry.Stored!.Sequence));
        Assert.Equal(3, reply.Sequence);
        Assert.Equal(["een", "twee", "antwoord"], (await Store.GetActivitiesAsync("c-1", 0, 10, None)).Select(activity => activity.Activity.Text));
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM turns WHERE conversation_id = 'c-1' AND state = 'pending'"));
    }

    [Fact]
    public async Task Pages_start_after_the_watermark_and_stop_at_the_count_or_before_the_activity_that_would_pass_the_characters()
    {
        await StartAsync("c-1");
        foreach (var letter in "abcd")
        {
            await Store.AppendInboundAsync(Inbound("c-1", new string(letter, 1000), key: null), None);
        }

        async Task<string> PageAsync(long after, int limit, int maxCharacters) =>
            string.Concat((await Store.GetActivitiesAsync("c-1", after, limit, maxCharacters, None)).Select(activity => activity.Activity.Text![0]));

        Assert.Equal("ab", await PageAsync(0, 10, 2500));
        Assert.Equal("bc", await PageAsync(1, 10, 2500));
        Assert.Equal("bcd", await PageAsync(1, 10, 4000));
        Assert.Equal("a", await PageAsync(0, 1, 4000));
        Assert.Equal("c", await PageAsync(2, 10, 10));
        Assert.Equal("", await PageAsync(4, 10, 4000));
        Assert.Equal(["c", "d"], (await Store.GetActivitiesAsync("c-1", 2, 2, None)).Select(activity => activity.Activity.Text![..1]));
    }

    [Fact]
    public async Task A_completed_turn_stores_its_replies_brain_state_and_ticket_once_and_failures_are_counted_until_then()
    {
        await StartAsync("c-1");
        await Store.AppendInboundAsync(Inbound("c-1", "eerste", "1"), None);
        await Store.AppendInboundAsync(Inbound("c-1", "tweede", "2"), None);
        var turn = (await Store.GetNextPendingTurnAsync("c-1", None))!;
        await Store.RecordTurnFailureAsync(turn, None);
        await Store.RecordTurnFailureAsync(turn, None);
        Assert.Equal(2, (await Store.GetNextPendingTurnAsync("c-1", None))!.Attempts);

        var replies = await Store.CompleteTurnAsync(turn, [BotReply("een"), BotReply("twee")], "{\"step\":2}", Ticket("t-1"), None);
        var again = await Store.CompleteTurnAsync(turn, [BotReply("een"), BotReply("twee")], "{\"step\":3}", Ticket("t-2"), None);

        Assert.Equal([3L, 4L], replies.Select(reply => reply.Sequence));
        Assert.Empty(again);
        var conversation = (await Store.GetConversationAsync("c-1", None))!;
        Assert.Equal((4L, "{\"step\":2}"), (conversation.LastSequence, conversation.BrainState));
        Assert.Equal("t-1", (await Provider.CreateHandoffStore(Clock).GetOpenTicketForConversationAsync("c-1", None))!.Id);
        Assert.Equal(2, (await Store.GetNextPendingTurnAsync("c-1", None))!.ActivitySequence);
    }

    [Fact]
    public async Task The_next_turn_comes_in_one_read_with_its_conversation_the_message_it_answers_and_the_open_ticket()
    {
        await Store.CreateConversationAsync(new NewConversation("c-1", "test", "u-1", "nl-NL"), None);
        var start = (await Store.GetNextTurnAsync("c-1", None))!;
        await Store.CompleteTurnAsync(start.Turn, [BotReply("welkom")], "{\"step\":1}", None);
        var message = await Store.AppendInboundAsync(Inbound("c-1", "ik heb schulden", "k1"), None);
        var answering = (await Store.GetNextTurnAsync("c-1", None))!;
        var pending = await Store.GetNextPendingTurnAsync("c-1", None);
        await Store.CompleteTurnAsync(answering.Turn, [BotReply("ik zoek iemand")], "{\"step\":2}", Ticket("t-1"), None);
        await Store.AppendInboundAsync(Inbound("c-1", "nog iets", "k2"), None);
        var waiting = (await Store.GetNextTurnAsync("c-1", None))!;
        await Store.CompleteTurnAsync(waiting.Turn, [], null, None);

        Assert.Equal((TurnTrigger.ConversationStarted, "c-1", null, null, null), (start.Turn.Trigger, start.Conversation.Id, start.Conversation.BrainState, start.Inbound, start.Ticket));
        Assert.Equal(("test", "u-1", "nl-NL", 0L, Clock.GetUtcNow()), (start.Conversation.Channel, start.Conversation.UserId, start.Conversation.Locale, start.Conversation.LastSequence, start.Conversation.CreatedAt));
        Assert.Equal((TurnTrigger.Message, "{\"step\":1}", null), (answering.Turn.Trigger, answering.Conversation.BrainState, answering.Ticket));
        Assert.Equal((message.Stored!.Sequence, message.Stored.Activity.Id, "ik heb schulden"), (answering.Inbound!.Sequence, answering.Inbound.Activity.Id, answering.Inbound.Activity.Text));
        Assert.Equal(pending, answering.Turn);
        Assert.Equal(("nog iets", "{\"step\":2}", new OpenTicket("t-1", TicketStatus.Queued, "Buurtteam Noord")), (waiting.Inbound!.Activity.Text, waiting.Conversation.BrainState, waiting.Ticket));
        Assert.Null(await Store.GetNextTurnAsync("c-1", None));
        Assert.Null(await Store.GetNextTurnAsync("no-such-conversation", None));
    }

    [Fact]
    public async Task Erasure_at_the_residents_request_leaves_only_the_confirmation_and_keeps_erased_keys_as_duplicates()
    {
        await StartAsync("c-1");
        await Store.AppendInboundAsync(Inbound("c-1", "mijn verhaal", "k1"), None);
        await Store.CompleteTurnAsync((await Store.GetNextPendingTurnAsync("c-1", None))!, [BotReply("ik help")], "{}", Ticket("t-1"), None);
        await Store.AppendInboundAsync(Inbound("c-1", "wis alles", "k2"), None);
        await Store.AppendInboundAsync(Inbound("c-1", "nog iets", "k3"), None);
        var erasure = (await Store.GetNextPendingTurnAsync("c-1", None))!;
        Clock.Advance(TimeSpan.FromMinutes(1));

        var confirmation = await Store.CompleteErasureTurnAsync(erasure, [BotReply("gewist")], "{\"fresh\":true}", None);

        Assert.Equal(5, Assert.Single(confirmation).Sequence);
        Assert.Equal(["gewist"], (await Store.GetActivitiesAsync("c-1", 0, 10, None)).Select(activity => activity.Activity.Text));
        var conversation = (await Store.GetConversationAsync("c-1", None))!;
        Assert.Equal((Clock.GetUtcNow(), "{\"fresh\":true}"), (conversation.ErasedAt, conversation.BrainState));
        Assert.Null(await Store.GetNextPendingTurnAsync("c-1", None));
        Assert.Null(await Provider.CreateHandoffStore(Clock).GetTicketAsync("t-1", None));
        Assert.Equal(("resident", "conversation-erased"), await LastAuditAsync());
        Assert.True(await Store.WasErasedAsync("c-1", "k3", None));
        Assert.False(await Store.WasErasedAsync("c-1", "k9", None));
        Assert.Equal(new AppendResult(null, Duplicate: true), await Store.AppendInboundAsync(Inbound("c-1", "mijn verhaal", "k1"), None));
        Assert.Equal(
            new[] { "k1", "k2", "k3" }.Select(key => ErasedKeys.Hash("c-1", key)).Order(),
            await ListAsync<string>("SELECT key_hash FROM erased_idempotency_keys ORDER BY key_hash"));
    }

    [Fact]
    public async Task A_worker_erases_a_transcript_with_every_turn_and_the_resident_still_gets_the_confirmation()
    {
        Assert.False(await Store.EraseTranscriptAsync("ghost", "anna", [BotReply("gewist")], "", None));
        await StartAsync("c-1");
        await Store.AppendInboundAsync(Inbound("c-1", "mijn verhaal", "k1"), None);

        Assert.True(await Store.EraseTranscriptAsync("c-1", "anna", [BotReply("gewist")], "", None));

        Assert.Equal([(2L, "gewist")], (await Store.GetActivitiesAsync("c-1", 0, 10, None)).Select(activity => (activity.Sequence, activity.Activity.Text)));
        Assert.Empty(await Store.GetConversationsWithPendingTurnsAsync(None));
        Assert.Equal(("anna", "conversation-erased"), await LastAuditAsync());
        Assert.True((await Store.AppendInboundAsync(Inbound("c-1", "mijn verhaal", "k1"), None)).Duplicate);
    }

    [Fact]
    public async Task An_erased_conversation_is_gone_and_its_keys_are_forgotten_once_the_replay_window_has_passed()
    {
        await StartAsync("c-1");
        await Store.AppendInboundAsync(Inbound("c-1", "wat ik wil wissen", "wa:wamid.1"), None);

        Assert.True(await Store.EraseConversationAsync("c-1", "operator:test", None));
        Assert.False(await Store.EraseConversationAsync("c-1", "operator:test", None));
        Assert.Null(await Store.GetConversationAsync("c-1", None));
        Assert.Equal(("operator:test", "conversation-erased"), await LastAuditAsync());
        await Assert.ThrowsAsync<ConversationNotFoundException>(() => Store.AppendInboundAsync(Inbound("c-1", "x", key: null), None));

        await StartAsync("c-1");
        Assert.True((await Store.AppendInboundAsync(Inbound("c-1", "wat ik wil wissen", "wa:wamid.1"), None)).Duplicate);
        Clock.Advance(ErasedKeys.KeptFor + TimeSpan.FromDays(1));
        Assert.Equal(1, await Store.DeleteErasedKeysBeforeAsync(Clock.GetUtcNow() - ErasedKeys.KeptFor, None));
        Assert.False((await Store.AppendInboundAsync(Inbound("c-1", "weer", "wa:wamid.1"), None)).Duplicate);
    }

    [Fact]
    public async Task Retention_deletes_quiet_conversations_with_their_transcript_and_turns_and_keeps_active_ones()
    {
        await StartAsync("quiet");
        await Store.AppendInboundAsync(Inbound("quiet", "oud", "k"), None);
        Clock.Advance(TimeSpan.FromDays(30));
        await Store.CreateConversationAsync(new NewConversation("active", "test", "u-1", null), None);

        Assert.Equal(1, await Store.DeleteConversationsInactiveSinceAsync(Clock.GetUtcNow().AddDays(-28), None));

        Assert.Null(await Store.GetConversationAsync("quiet", None));
        Assert.Equal(["active"], await Store.GetConversationsWithPendingTurnsAsync(None));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM activities"));
    }

    [Fact]
    public async Task Each_write_stores_its_own_values_and_none_left_from_the_write_before_it()
    {
        await StartAsync("c-1");

        await Store.AppendInboundAsync(Inbound("c-1", "met sleutel", "k1"), None);
        await Store.AppendOutboundAsync("c-1", BotReply("van een medewerker"), None);
        await Store.AppendInboundAsync(Inbound("c-1", "zonder sleutel", key: null), None);

        var rows = await ListAsync<(long, string, string?)>("SELECT sequence, role, idempotency_key FROM activities ORDER BY sequence");
        Assert.Equal([(1L, RoleTypes.User, "k1"), (2L, RoleTypes.Bot, null), (3L, RoleTypes.User, null)], rows);
    }

    /// <summary>A conversation whose start turn has run, as the bot leaves it after its greeting.</summary>
    private async Task StartAsync(string conversationId)
    {
        await Store.CreateConversationAsync(new NewConversation(conversationId, "test", "u-1", "nl-NL"), None);
        await Store.CompleteTurnAsync((await Store.GetNextPendingTurnAsync(conversationId, None))!, [], null, None);
    }

    private async Task<(string Actor, string Action)> LastAuditAsync()
    {
        var entry = (await Provider.CreateHandoffStore(Clock).GetAuditAsync(1, None))[0];
        return (entry.Actor, entry.Action);
    }

    private async Task<long> CountAsync(string sql) => (await ListAsync<long>(sql))[0];

    private async Task<IReadOnlyList<T>> ListAsync<T>(string sql)
    {
        await using var connection = await Provider.Database.OpenAsync(None);
        return (await connection.QueryAsync<T>(sql)).ToList();
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SqliteConversationStoreTests : ConversationStoreContract<SqliteProvider>;

[Trait("Provider", "Postgres")]
public sealed class PostgresConversationStoreTests : ConversationStoreContract<PostgresProvider>;
