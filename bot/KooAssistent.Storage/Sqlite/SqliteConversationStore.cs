using System.Text.Json;
using Dapper;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Storage.Tickets;
using Microsoft.Data.Sqlite;

namespace KooAssistent.Storage.Sqlite;

/// <summary>
/// The embedded store. Writes run in <c>BEGIN IMMEDIATE</c> transactions, so SQLite serialises them and the
/// per-conversation sequence needs no lock in process memory. The frequent ones (a new conversation, a resident's
/// message, a completed turn, a worker's message) go through <see cref="SqliteGroupCommit"/> and share a commit.
/// </summary>
public sealed partial class SqliteConversationStore(SqliteConnectionFactory connections, TimeProvider clock)
    : ConversationStore(new SqliteDatabase(connections))
{
    public override async Task<bool> CreateConversationAsync(NewConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return await connections.GroupCommit.WriteAsync((connection, transaction) => CreateWithinAsync(connection, transaction, conversation, cancellationToken), cancellationToken);
    }

    private async Task<bool> CreateWithinAsync(SqliteConnection connection, SqliteTransaction transaction, NewConversation conversation, CancellationToken cancellationToken)
    {
        var now = Now();

        var inserted = await connection.ExecuteAsync(Command(
            """
            INSERT INTO conversations (id, channel, user_id, locale, created_at, updated_at)
            VALUES (@Id, @Channel, @UserId, @Locale, @Now, @Now)
            ON CONFLICT (id) DO NOTHING
            """,
            new { conversation.Id, conversation.Channel, conversation.UserId, conversation.Locale, Now = now },
            transaction,
            cancellationToken));
        if (inserted == 0)
        {
            return false;
        }

        await connection.ExecuteAsync(Command(
            "INSERT INTO turns (conversation_id, trigger, state, created_at) VALUES (@Id, @Trigger, @State, @Now)",
            new { conversation.Id, Trigger = nameof(TurnTrigger.ConversationStarted), State = Pending, Now = now },
            transaction,
            cancellationToken));
        return true;
    }

    public override async Task<AppendResult> AppendInboundAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return await connections.GroupCommit.WriteAsync((connection, transaction) => AppendWithinAsync(connection, transaction, inbound, cancellationToken), cancellationToken);
    }

    private async Task<AppendResult> AppendWithinAsync(SqliteConnection connection, SqliteTransaction transaction, InboundActivity inbound, CancellationToken cancellationToken)
    {
        if (inbound.IdempotencyKey is not null)
        {
            await using (var reader = await FindByKey.On(connection, transaction, inbound.ConversationId, inbound.IdempotencyKey).ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    return new AppendResult(ToStored(reader.GetInt64(0), reader.GetString(1)), Duplicate: true);
                }
            }

            if (await CountErasedKeys.On(connection, transaction, ErasedKeys.Hash(inbound.ConversationId, inbound.IdempotencyKey)).ExecuteScalarAsync(cancellationToken) is > 0L)
            {
                return new AppendResult(Stored: null, Duplicate: true);
            }
        }

        // After the retry check, so a retry of a message stored before the conversation filled up still gets its id.
        if (inbound.MaxStoredActivities is { } limit
            && await CountActivities.On(connection, transaction, inbound.ConversationId).ExecuteScalarAsync(cancellationToken) is long count
            && count >= limit)
        {
            throw new ConversationFullException(inbound.ConversationId, limit);
        }

        var now = clock.GetUtcNow();
        var sequence = await ReserveSequencesAsync(connection, transaction, inbound.ConversationId, 1, brainState: null, cancellationToken);
        var stored = await InsertActivityAsync(connection, transaction, inbound.ConversationId, sequence, inbound.Activity, inbound.IdempotencyKey, now, cancellationToken);

        if (inbound.Trigger is { } trigger)
        {
            await QueueTurn.On(connection, transaction, inbound.ConversationId, trigger.ToString(), sequence, (long)inbound.RejectedAttachments, Pending, now.ToUnixTimeMilliseconds())
                .ExecuteNonQueryAsync(cancellationToken);
        }

        return new AppendResult(stored, Duplicate: false);
    }

    public override Task<IReadOnlyList<StoredActivity>> CompleteTurnAsync(
        PendingTurn turn, IReadOnlyList<Activity> replies, string? brainState, Tickets.NewTicket? ticket, Insights.InsightRecord? insight, CancellationToken cancellationToken) =>
        CompleteAsync(turn, replies, brainState, ticket is null && insight is null ? null : async (connection, transaction, now) =>
        {
            if (ticket is not null)
            {
                await HandoffStore.InsertAsync(connection, transaction, turn.ConversationId, ticket, now, cancellationToken);
            }

            if (insight is not null)
            {
                await Insights.InsightStore.InsertAsync(connection, transaction, insight, cancellationToken);
            }
        }, cancellationToken);

    public override async Task<IReadOnlyList<StoredActivity>> CompleteErasureTurnAsync(PendingTurn turn, IReadOnlyList<Activity> replies, string brainState, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(brainState);

        // Sequences continue after the erased ones, so Direct Line watermarks and the WhatsApp cursor stay valid.
        // Messages typed after the request go too: their turns would otherwise point at erased activities.
        var stored = await CompleteAsync(turn, replies, brainState, (connection, transaction, now) =>
            EraseWithinAsync(connection, transaction, turn.ConversationId, keptTurn: turn.Id, "resident", now, cancellationToken), cancellationToken);
        await connections.TruncateWriteAheadLogAsync(cancellationToken);
        return stored;
    }

    public override async Task<bool> EraseTranscriptAsync(string conversationId, string actor, IReadOnlyList<Activity> replies, string brainState, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(brainState);
        ArgumentNullException.ThrowIfNull(replies);
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        var connection = write.Connection;
        await using var transaction = connection.BeginTransaction(deferred: false);
        var now = clock.GetUtcNow();
        var exists = await connection.ExecuteScalarAsync<long>(Command("SELECT COUNT(*) FROM conversations WHERE id = @conversationId", new { conversationId }, transaction, cancellationToken)) > 0;
        if (!exists)
        {
            return false;
        }

        await EraseWithinAsync(connection, transaction, conversationId, keptTurn: null, actor, now, cancellationToken);
        await InsertRepliesAsync(connection, transaction, conversationId, replies, brainState, now, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        await SqliteConnectionFactory.TruncateWriteAheadLogAsync(connection, cancellationToken);
        return true;
    }

    public override async Task<bool> EraseConversationAsync(string conversationId, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(actor);
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        var connection = write.Connection;
        await using var transaction = connection.BeginTransaction(deferred: false);

        // Activities, turns, tickets with their history and notes, and the WhatsApp cursor and dead letters cascade.
        await KeepErasedKeysAsync(connection, transaction, conversationId, clock.GetUtcNow(), cancellationToken);
        var deleted = await connection.ExecuteAsync(Command("DELETE FROM conversations WHERE id = @conversationId", new { conversationId }, transaction, cancellationToken));

        // A conversation deleted after its retention term leaves its insight rows: erasing those is an erasure too.
        deleted += await Insights.InsightTables.DeleteConversationAsync(connection, transaction, conversationId, cancellationToken);
        if (deleted > 0)
        {
            await AuditLog.InsertAsync(connection, transaction, clock.GetUtcNow(), actor, "conversation-erased", ticketId: null, conversationId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await SqliteConnectionFactory.TruncateWriteAheadLogAsync(connection, cancellationToken);
        return deleted > 0;
    }

    public override async Task<int> DeleteErasedKeysBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        return await write.Connection.ExecuteAsync(Command(
            "DELETE FROM erased_idempotency_keys WHERE erased_at < @Cutoff",
            new { Cutoff = cutoff.ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }

    public override async Task<StoredActivity> AppendOutboundAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return await connections.GroupCommit.WriteAsync(
            async (connection, transaction) =>
            {
                var sequence = await ReserveSequencesAsync(connection, transaction, conversationId, 1, brainState: null, cancellationToken);
                return await InsertActivityAsync(connection, transaction, conversationId, sequence, activity, idempotencyKey: null, clock.GetUtcNow(), cancellationToken);
            },
            cancellationToken);
    }

    public override async Task RecordTurnFailureAsync(PendingTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await connections.GroupCommit.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(Command(
                "UPDATE turns SET attempts = attempts + 1 WHERE id = @Id AND state = @Pending",
                new { turn.Id, Pending },
                transaction,
                cancellationToken)),
            cancellationToken);
    }

    public override async Task<int> DeleteConversationsInactiveSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        var connection = write.Connection;
        var deleted = await connection.ExecuteAsync(Command(
            "DELETE FROM conversations WHERE updated_at < @Cutoff",
            new { Cutoff = cutoff.ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));

        // Hourly, also when nothing expired: what was deleted leaves the log too, and an erasure whose truncation
        // found the log busy is finished here.
        await SqliteConnectionFactory.TruncateWriteAheadLogAsync(connection, cancellationToken);
        return deleted;
    }

    /// <summary>
    /// Claims the turn, does <paramref name="alsoInTheTransaction"/>, stores the replies and the brain state: all in one
    /// transaction, or nothing when the turn had already been completed.
    /// </summary>
    private async Task<IReadOnlyList<StoredActivity>> CompleteAsync(
        PendingTurn turn, IReadOnlyList<Activity> replies, string? brainState, Func<SqliteConnection, SqliteTransaction, DateTimeOffset, Task>? alsoInTheTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(replies);
        return await connections.GroupCommit.WriteAsync(
            (connection, transaction) => CompleteWithinAsync(connection, transaction, turn, replies, brainState, alsoInTheTransaction, cancellationToken),
            cancellationToken);
    }

    private async Task<IReadOnlyList<StoredActivity>> CompleteWithinAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        PendingTurn turn,
        IReadOnlyList<Activity> replies,
        string? brainState,
        Func<SqliteConnection, SqliteTransaction, DateTimeOffset, Task>? alsoInTheTransaction,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimed = await ClaimTurn.On(connection, transaction, Done, now.ToUnixTimeMilliseconds(), turn.Id, Pending).ExecuteNonQueryAsync(cancellationToken);
        if (claimed == 0)
        {
            return [];
        }

        if (alsoInTheTransaction is not null)
        {
            await alsoInTheTransaction(connection, transaction, now);
        }

        return await InsertRepliesAsync(connection, transaction, turn.ConversationId, replies, brainState, now, cancellationToken);
    }

    /// <summary>Reserves the next sequences, stores <paramref name="replies"/> under them and the brain state with them.</summary>
    private async Task<List<StoredActivity>> InsertRepliesAsync(
        SqliteConnection connection, SqliteTransaction transaction, string conversationId, IReadOnlyList<Activity> replies, string? brainState, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var last = await ReserveSequencesAsync(connection, transaction, conversationId, replies.Count, brainState, cancellationToken);
        var stored = new List<StoredActivity>(replies.Count);
        for (var index = 0; index < replies.Count; index++)
        {
            var sequence = last - replies.Count + 1 + index;
            stored.Add(await InsertActivityAsync(connection, transaction, conversationId, sequence, replies[index], idempotencyKey: null, now, cancellationToken));
        }

        return stored;
    }

    private static readonly string[] ErasedWithTheTranscript =
    [
        "DELETE FROM activities WHERE conversation_id = @ConversationId",
        "DELETE FROM turns WHERE conversation_id = @ConversationId AND id <> @KeptTurn",
        "DELETE FROM tickets WHERE conversation_id = @ConversationId",
        "DELETE FROM whatsapp_dead_letters WHERE conversation_id = @ConversationId",
    ];

    /// <param name="keptTurn">The turn being completed, which must stay to be marked done; null keeps none.</param>
    private static async Task EraseWithinAsync(
        SqliteConnection connection, SqliteTransaction transaction, string conversationId, long? keptTurn, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await KeepErasedKeysAsync(connection, transaction, conversationId, now, cancellationToken);
        await connection.ExecuteAsync(Command(
            "UPDATE conversations SET erased_at = @Now WHERE id = @conversationId",
            new { conversationId, Now = now.ToUnixTimeMilliseconds() },
            transaction,
            cancellationToken));
        foreach (var sql in ErasedWithTheTranscript)
        {
            await connection.ExecuteAsync(Command(sql, new { ConversationId = conversationId, KeptTurn = keptTurn ?? -1 }, transaction, cancellationToken));
        }

        await Insights.InsightTables.DeleteConversationAsync(connection, transaction, conversationId, cancellationToken);

        await AuditLog.InsertAsync(connection, transaction, now, actor, "conversation-erased", ticketId: null, conversationId, cancellationToken);
    }

    /// <summary>
    /// Keeps a hash of every dedupe key the erasure is about to delete, so a replay of an erased message still counts
    /// as a duplicate instead of storing it (and answering it) again.
    /// </summary>
    private static async Task KeepErasedKeysAsync(SqliteConnection connection, SqliteTransaction transaction, string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = await connection.QueryAsync<string>(Command(
            "SELECT idempotency_key FROM activities WHERE conversation_id = @conversationId AND idempotency_key IS NOT NULL",
            new { conversationId },
            transaction,
            cancellationToken));
        foreach (var key in keys)
        {
            await connection.ExecuteAsync(Command(
                "INSERT INTO erased_idempotency_keys (key_hash, erased_at) VALUES (@Hash, @Now) ON CONFLICT (key_hash) DO NOTHING",
                new { Hash = ErasedKeys.Hash(conversationId, key), Now = now.ToUnixTimeMilliseconds() },
                transaction,
                cancellationToken));
        }
    }

    /// <summary>Advances the conversation's sequence by <paramref name="count"/> and returns the last number reserved.</summary>
    private async Task<long> ReserveSequencesAsync(
        SqliteConnection connection, SqliteTransaction transaction, string conversationId, int count, string? brainState, CancellationToken cancellationToken)
    {
        return await ReserveSequences.On(connection, transaction, count, brainState, Now(), conversationId).ExecuteScalarAsync(cancellationToken) is long last
            ? last
            : throw new ConversationNotFoundException(conversationId);
    }

    private static async Task<StoredActivity> InsertActivityAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string conversationId,
        long sequence,
        Activity activity,
        string? idempotencyKey,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var recorded = activity with { Id = ActivityIds.For(conversationId, sequence), Timestamp = now };
        var body = JsonSerializer.Serialize(recorded, ActivityJsonContext.Default.Activity);
        await InsertActivity.On(connection, transaction, conversationId, sequence, recorded.Type, recorded.From?.Role ?? RoleTypes.User, idempotencyKey, body, now.ToUnixTimeMilliseconds())
            .ExecuteNonQueryAsync(cancellationToken);
        return new StoredActivity(sequence, recorded);
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    // The statements of a turn's hot path (a resident's message, a completed turn, a worker's message), prepared once
    // on the group commit's connection and reused (SqliteStatement).
    private static readonly SqliteStatement FindByKey = new(
        "SELECT sequence, body FROM activities WHERE conversation_id = @conversationId AND idempotency_key = @idempotencyKey",
        "@conversationId", "@idempotencyKey");

    private static readonly SqliteStatement CountErasedKeys = new("SELECT COUNT(*) FROM erased_idempotency_keys WHERE key_hash = @hash", "@hash");

    private static readonly SqliteStatement CountActivities = new("SELECT COUNT(*) FROM activities WHERE conversation_id = @conversationId", "@conversationId");

    private static readonly SqliteStatement QueueTurn = new(
        """
        INSERT INTO turns (conversation_id, trigger, activity_sequence, rejected_attachments, state, created_at)
        VALUES (@conversationId, @trigger, @sequence, @rejectedAttachments, @state, @now)
        """,
        "@conversationId", "@trigger", "@sequence", "@rejectedAttachments", "@state", "@now");

    private static readonly SqliteStatement ClaimTurn = new(
        "UPDATE turns SET state = @done, completed_at = @now WHERE id = @id AND state = @pending",
        "@done", "@now", "@id", "@pending");

    private static readonly SqliteStatement ReserveSequences = new(
        """
        UPDATE conversations
        SET last_sequence = last_sequence + @count,
            brain_state = COALESCE(@brainState, brain_state),
            updated_at = @now
        WHERE id = @conversationId
        RETURNING last_sequence
        """,
        "@count", "@brainState", "@now", "@conversationId");

    private static readonly SqliteStatement InsertActivity = new(
        """
        INSERT INTO activities (conversation_id, sequence, type, role, idempotency_key, body, created_at)
        VALUES (@conversationId, @sequence, @type, @role, @idempotencyKey, @body, @createdAt)
        """,
        "@conversationId", "@sequence", "@type", "@role", "@idempotencyKey", "@body", "@createdAt");
}
