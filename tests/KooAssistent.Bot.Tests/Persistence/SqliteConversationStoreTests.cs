using Dapper;
using KooAssistent.Storage;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Bot.Tests.Persistence;

public sealed class SqliteConversationStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Creating_a_conversation_queues_its_start_turn_once()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();

        var first = await db.Store.CreateConversationAsync(new NewConversation("c1", "test", "u1", "nl-NL"), None);
        var second = await db.Store.CreateConversationAsync(new NewConversation("c1", "test", "u1", "nl-NL"), None);

        Assert.True(first);
        Assert.False(second);
        var turn = await db.Store.GetNextPendingTurnAsync("c1", None);
        Assert.Equal(TurnTrigger.ConversationStarted, turn!.Trigger);
        Assert.Null(turn.ActivitySequence);
        Assert.Equal(["c1"], await db.Store.GetConversationsWithPendingTurnsAsync(None));
    }

    [Fact]
    public async Task The_key_of_an_erased_activity_stays_a_duplicate_as_a_hash_until_the_replay_window_has_long_passed()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        var conversation = await db.NewConversationAsync();
        await db.Store.AppendInboundAsync(Inbound(conversation, "wat ik wil wissen", key: "wa:wamid.1"), None);
        Assert.True(await db.Store.EraseConversationAsync(conversation, "operator:test", None));
        await db.NewConversationAsync(conversation);

        var replay = await db.Store.AppendInboundAsync(Inbound(conversation, "wat ik wil wissen", key: "wa:wamid.1"), None);
        string? kept;
        await using (var connection = await db.Connections.OpenAsync(None))
        {
            kept = await connection.ExecuteScalarAsync<string>("SELECT group_concat(key_hash) FROM erased_idempotency_keys");
        }

        db.Clock.Advance(ErasedKeys.KeptFor + TimeSpan.FromDays(1));
        await db.Store.DeleteErasedKeysBeforeAsync(db.Clock.GetUtcNow() - ErasedKeys.KeptFor, None);
        var later = await db.Store.AppendInboundAsync(Inbound(conversation, "weer", key: "wa:wamid.1"), None);

        Assert.True(replay.Duplicate);
        Assert.Null(replay.Stored);
        Assert.Equal(ErasedKeys.Hash(conversation, "wa:wamid.1"), kept);
        Assert.DoesNotContain("wamid", kept!, StringComparison.Ordinal);
        Assert.False(later.Duplicate);
    }

    [Fact]
    public async Task Inbound_activities_get_consecutive_sequences_ids_and_the_store_time()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        var conversation = await db.NewConversationAsync("conv");

        var first = await db.Store.AppendInboundAsync(Inbound(conversation, "een", key: "k1"), None);
        db.Clock.Advance(TimeSpan.FromSeconds(5));
        var second = await db.Store.AppendInboundAsync(Inbound(conversation, "twee", key: "k2"), None);

        Assert.Equal(1, first.Stored!.Sequence);
        Assert.Equal(2, second.Stored!.Sequence);
        Assert.Equal("conv|0000001", first.Stored!.Activity.Id);
        Assert.Equal("conv|0000002", second.Stored!.Activity.Id);
        Assert.Equal(db.Clock.GetUtcNow(), second.Stored!.Activity.Timestamp);
        Assert.Equal(["een", "twee"], (await db.Store.GetActivitiesAsync(conversation, 0, 10, None)).Select(stored => stored.Activity.Text));
    }

    [Fact]
    public async Task The_same_idempotency_key_is_stored_once_and_returns_the_first_copy()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        var conversation = await db.NewConversationAsync();

        var first = await db.Store.AppendInboundAsync(Inbound(conversation, "hallo", key: "same"), None);
        var retry = await db.Store.AppendInboundAsync(Inbound(conversation, "hallo (retry)", key: "same"), None);

        Assert.False(first.Duplicate);
        Assert.True(retry.Duplicate);
        Assert.Equal(first.Stored!.Activity.Id, retry.Stored!.Activity.Id);
        Assert.Equal("hallo", retry.Stored!.Activity.Text);
        Assert.Single(await db.Store.GetActivitiesAsync(conversation, 0, 10, None));
        Assert.Equal(2, await PendingTurnCountAsync(db, conversation));
    }

    [Fact]
    public async Task Concurrent_retries_of_one_message_are_stored_exactly_once()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        var conversation = await db.NewConversationAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => db.Store.AppendInboundAsync(Inbound(conversation, "dubbel", key: "k"), None))));

        Assert.Single(results, result => !result.Duplicate);
        Assert.Single(results.Select(result => result.Stored!.Activity.Id).Distinct());
        Assert.Single(await db.Store.GetActivitiesAsync(conversation, 0, 10, None));
    }

    [Fact]
    public async Task The_same_key_in_another_conversation_is_a_different_message()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        var a = await db.NewConversationAsync();
        var b = await db.NewConversationAsync();

        await db.Store.AppendInboundAsync(Inbound(a, "x", key: "k"), None);
        var inB = await db.Store.AppendInboundAsync(Inbound(b, "x", key: "k"), None);

        Assert.False(inB.Duplicate);
    }

    [Fact]
    public async Task Appending_to_a_conversation_that_does_not_exist_fails_and_stores_nothing()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();

        await Assert.ThrowsAsync<ConversationNotFoundException>(() => db.Store.AppendInboundAsync(Inbound("ghost", "x", key: null), None));

        await using var connection = await db.Connections.OpenAsync(None);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM activities"));
    }

    [Fact]
    public async Task Completing_a_turn_stores_replies_after_the_message_and_keeps_the_brain_state()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        var conversation = await db.NewConversationAsync();
        await CompleteNextAsync(db, conversation, []);
        await db.Store.AppendInboundAsync(Inbound(conversation, "vraag", key: "k"), None);
        var turn = await db.Store.GetNextPendingTurnAsync(conversation, None);

        var stored = await db.Store.CompleteTurnAsync(turn!, [Bot("een"), Bot("twee")], "{\"step\":2}", None);

        Assert.Equal([2L, 3L], stored.Select(reply => reply.Sequence));
        Assert.Null(await db.Store.GetNextPendingTurnAsync(conversation, None));
        Assert.Equal("{\"step\":2}", (await db.Store.GetConversationAsync(conversation, None))!.BrainState);
        Assert.Equal(3, (await db.Store.GetConversationAsync(conversation, None))!.LastSequence);
    }

    [Fact]
    public async Task A_turn_completed_twice_stores_its_replies_once()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        var conversation = await db.NewConversationAsync();
        var turn = await db.Store.GetNextPendingTurnAsync(conversation, None);

        var first = await db.Store.CompleteTurnAsync(turn!, [Bot("welkom")], null, None);
        var second = await db.Store.CompleteTurnAsync(turn!, [Bot("welkom")], null, None);

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Single(await db.Store.GetActivitiesAsync(conversation, 0, 10, None));
    }

    [Fact]
    public async Task Pending_turns_come_out_oldest_first()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        var conversation = await db.NewConversationAsync();
        await CompleteNextAsync(db, conversation, []);
        await db.Store.AppendInboundAsync(Inbound(conversation, "eerste", key: "1"), None);
        await db.Store.AppendInboundAsync(Inbound(conversation, "tweede", key: "2"), None);

        var first = await db.Store.GetNextPendingTurnAsync(conversation, None);
        await db.Store.CompleteTurnAsync(first!, [], null, None);
        var second = await db.Store.GetNextPendingTurnAsync(conversation, None);

        Assert.Equal(1, first!.ActivitySequence);
        Assert.Equal(2, second!.ActivitySequence);
    }

    [Fact]
    public async Task Failed_attempts_are_counted_on_the_pending_turn()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        var conversation = await db.NewConversationAsync();
        var turn = await db.Store.GetNextPendingTurnAsync(conversation, None);

        await db.Store.RecordTurnFailureAsync(turn!, None);
        await db.Store.RecordTurnFailureAsync(turn!, None);

        Assert.Equal(2, (await db.Store.GetNextPendingTurnAsync(conversation, None))!.Attempts);
    }

    [Fact]
    public async Task Activities_are_paged_after_a_watermark()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        var conversation = await db.NewConversationAsync();
        for (var index = 1; index <= 5; index++)
        {
            await db.Store.AppendInboundAsync(Inbound(conversation, $"m{index}", key: $"k{index}"), None);
        }

        var page = await db.Store.GetActivitiesAsync(conversation, afterSequence: 2, limit: 2, None);

        Assert.Equal(["m3", "m4"], page.Select(stored => stored.Activity.Text));
    }

    [Fact]
    public async Task Retention_deletes_quiet_conversations_with_their_transcript_and_keeps_active_ones()
    {
        await using var db = await SqliteStoreFixture.CreateAsync();
        var quiet = await db.NewConversationAsync();
        await db.Store.AppendInboundAsync(Inbound(quiet, "oud", key: "k"), None);
        db.Clock.Advance(TimeSpan.FromDays(30));
        var active = await db.NewConversationAsync();

        var deleted = await db.Store.DeleteConversationsInactiveSinceAsync(db.Clock.GetUtcNow().AddDays(-28), None);

        Assert.Equal(1, deleted);
        Assert.Null(await db.Store.GetConversationAsync(quiet, None));
        Assert.NotNull(await db.Store.GetConversationAsync(active, None));
        await using var connection = await db.Connections.OpenAsync(None);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM activities WHERE conversation_id = @quiet", new { quiet }));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM turns WHERE conversation_id = @quiet", new { quiet }));
    }

    private static InboundActivity Inbound(string conversationId, string text, string? key) =>
        new(conversationId, new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount("user-1", Role: RoleTypes.User) }, key, TurnTrigger.Message);

    private static Activity Bot(string text) => Activity.Message(text) with { From = new ChannelAccount("bot", Role: RoleTypes.Bot) };

    private static async Task CompleteNextAsync(SqliteStoreFixture db, string conversation, IReadOnlyList<Activity> replies)
    {
        var turn = await db.Store.GetNextPendingTurnAsync(conversation, None);
        await db.Store.CompleteTurnAsync(turn!, replies, null, None);
    }

    private static async Task<long> PendingTurnCountAsync(SqliteStoreFixture db, string conversation)
    {
        await using var connection = await db.Connections.OpenAsync(None);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM turns WHERE conversation_id = @conversation AND state = 'pending'", new { conversation });
    }
}
