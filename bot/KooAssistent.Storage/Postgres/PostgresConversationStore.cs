using System.Data.Common;
using System.Text.Json;
using Dapper;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Storage.Tickets;

namespace KooAssistent.Storage.Postgres;

/// <summary>
/// Conversations, transcripts and turns in PostgreSQL, shared by every bot instance. There is no write gate as in
/// SQLite: each write that touches a conversation first locks its row (<c>FOR NO KEY UPDATE</c>), so writers of one
/// conversation take turns, on one instance or several, and always in the same lock order (the conversation, then
/// its turns), which leaves PostgreSQL no deadlock to break. Writers of different conversations never wait for
/// each other.
/// </summary>
public sealed class PostgresConversationStore(PostgresDatabase database, TimeProvider clock) : ConversationStore(database)
{
    public override async Task<bool> CreateConversationAsync(NewConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();

        // One statement: the start turn is queued only when this call created the conversation.
        var inserted = await Database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(Command(
                """
                WITH created AS (
                    INSERT INTO conversations (id, channel, user_id, locale, created_at, updated_at)
                    VALUES (@Id, @Channel, @UserId, @Locale, @now, @now)
                    ON CONFLICT (id) DO NOTHING
                    RETURNING id)
                INSERT INTO turns (conversation_id, trigger, state, created_at)
                SELECT id, @Trigger, @Pending, @now FROM created
                """,
                new { conversation.Id, conversation.Channel, conversation.UserId, conversation.Locale, now, Trigger = nameof(TurnTrigger.ConversationStarted), Pending },
                transaction,
                cancellationToken)),
            cancellationToken);
        return inserted > 0;
    }

    public override async Task<AppendResult> AppendInboundAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return await Database.WriteAsync((connection, transaction) => AppendWithinAsync(connection, transaction, inbound, cancellationToken), cancellationToken);
    }

    private async Task<AppendResult> AppendWithinAsync(DbConnection connection, DbTransaction transaction, InboundActivity inbound, CancellationToken cancellationToken)
    {
        // The lock comes before the retry check: two copies of one message arriving at once then meet in order, and
        // the second finds the first instead of failing on the unique index. A conversation that does not exist is
        // reported below, after the erased keys have had their say.
        await LockAsync(connection, transaction, inbound.ConversationId, cancellationToken);

        if (inbound.IdempotencyKey is not null)
        {
            if (await FindByIdempotencyKeyAsync(connection, transaction, inbound.ConversationId, inbound.IdempotencyKey, cancellationToken) is { } existing)
            {
                return new AppendResult(existing, Duplicate: true);
            }

            if (await IsErasedKeyAsync(connection, transaction, inbound.ConversationId, inbound.IdempotencyKey, cancellationToken))
            {
                return new AppendResult(Stored: null, Duplicate: true);
            }
        }

        // After the retry check, so a retry of a message stored before the conversation filled up still gets its id.
        if (inbound.MaxStoredActivities is { } limit
            && await IsFullAsync(connection, transaction, inbound.ConversationId, limit, cancellationToken))
        {
            throw new ConversationFullException(inbound.ConversationId, limit);
        }

        var now = clock.GetUtcNow();
        var stored = await InsertActivitiesAsync(connection, transaction, inbound.ConversationId, [inbound.Activity], inbound.IdempotencyKey, brainState: null, now, cancellationToken);
        var sequence = stored[0].Sequence;
        if (inbound.Trigger is { } trigger)
        {
            await connection.ExecuteAsync(Command(
                """
                INSERT INTO turns (conversation_id, trigger, activity_sequence, rejected_attachments, state, created_at)
                VALUES (@ConversationId, @Trigger, @sequence, @RejectedAttachments, @Pending, @now)
                """,
                new { inbound.ConversationId, Trigger = trigger.ToString(), sequence, RejectedAttachments = (long)inbound.RejectedAttachments, Pending, now = now.ToUnixTimeMilliseconds() },
                transaction,
                cancellationToken));
        }

        return new AppendResult(stored[0], Duplicate: false);
    }

    public override Task<IReadOnlyList<StoredActivity>> CompleteTurnAsync(
        PendingTurn turn, IReadOnlyList<Activity> replies, string? brainState, NewTicket? ticket, Insights.InsightRecord? insight, CancellationToken cancellationToken) =>
        CompleteAsync(turn, replies, brainState, async (connection, transaction, now) =>
        {
            // Under the conversation's lock, so two turns of one conversation cannot both find no open ticket.
            if (ticket is not null)
            {
                await HandoffStore.InsertAsync(connection, transaction, turn.ConversationId, ticket, now, cancellationToken);
            }

            if (insight is not null)
            {
                await Insights.InsightStore.InsertAsync(connection, transaction, insight, cancellationToken);
            }
        }, cancellationToken);

    public override Task<IReadOnlyList<StoredActivity>> CompleteErasureTurnAsync(PendingTurn turn, IReadOnlyList<Activity> replies, string brainState, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(brainState);

        // Sequences continue after the erased ones, so Direct Line watermarks and the WhatsApp cursor stay valid.
        // Messages typed after the request go too: their turns would otherwise point at erased activities.
        return CompleteAsync(turn, replies, brainState, (connection, transaction, now) =>
            EraseWithinAsync(connection, transaction, turn.ConversationId, keptTurn: turn.Id, "resident", now, cancellationToken), cancellationToken);
    }

    public override async Task<bool> EraseTranscriptAsync(string conversationId, string actor, IReadOnlyList<Activity> replies, string brainState, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(brainState);
        ArgumentNullException.ThrowIfNull(replies);
        return await Database.WriteAsync(
            async (connection, transaction) =>
            {
                if (!await LockAsync(connection, transaction, conversationId, cancellationToken))
                {
                    return false;
                }

                var now = clock.GetUtcNow();
                await EraseWithinAsync(connection, transaction, conversationId, keptTurn: null, actor, now, cancellationToken);
                await InsertActivitiesAsync(connection, transaction, conversationId, replies, idempotencyKey: null, brainState, now, cancellationToken);
                return true;
            },
            cancellationToken);
    }

    public override async Task<bool> EraseConversationAsync(string conversationId, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(actor);
        return await Database.WriteAsync(
            async (connection, transaction) =>
            {
                // Locked first, so no message can be stored between keeping the keys and deleting the conversation.
                await LockAsync(connection, transaction, conversationId, cancellationToken);
                var now = clock.GetUtcNow();
                await KeepErasedKeysAsync(connection, transaction, conversationId, now, cancellationToken);

                // Activities, turns, tickets with their history and notes, and the WhatsApp cursor and dead letters cascade.
                var deleted = await connection.ExecuteAsync(Command("DELETE FROM conversations WHERE id = @conversationId", new { conversationId }, transaction, cancellationToken));

                // A conversation deleted after its retention term leaves its insight rows: erasing those is an erasure too.
                deleted += await Insights.InsightTables.DeleteConversationAsync(connection, transaction, conversationId, cancellationToken);
                if (deleted > 0)
                {
                    await AuditLog.InsertAsync(connection, transaction, now, actor, "conversation-erased", ticketId: null, conversationId, cancellationToken);
                }

                return deleted > 0;
            },
            cancellationToken);
    }

    public override Task<int> DeleteErasedKeysBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        DeleteBeforeAsync("DELETE FROM erased_idempotency_keys WHERE erased_at < @cutoff", cutoff, cancellationToken);

    public override async Task<StoredActivity> AppendOutboundAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var stored = await Database.WriteAsync(
            (connection, transaction) => InsertActivitiesAsync(connection, transaction, conversationId, [activity], idempotencyKey: null, brainState: null, clock.GetUtcNow(), cancellationToken),
            cancellationToken);
        return stored[0];
    }

    public override async Task RecordTurnFailureAsync(PendingTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await Database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(Command(
                "UPDATE turns SET attempts = attempts + 1 WHERE id = @Id AND state = @Pending",
                new { turn.Id, Pending },
                transaction,
                cancellationToken)),
            cancellationToken);
    }

    /// <remarks>
    /// A conversation written to while this runs waits for its row, is then seen as touched and stays. PostgreSQL
    /// frees the deleted rows' space at vacuum, not here (see SECURITY.md).
    /// </remarks>
    public override Task<int> DeleteConversationsInactiveSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        DeleteBeforeAsync("DELETE FROM conversations WHERE updated_at < @cutoff", cutoff, cancellationToken);

    private Task<int> DeleteBeforeAsync(string sql, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        Database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(Command(sql, new { cutoff = cutoff.ToUnixTimeMilliseconds() }, transaction, cancellationToken)),
            cancellationToken);

    /// <summary>
    /// Locks the conversation, claims the turn, does <paramref name="alsoInTheTransaction"/>, stores the replies and
    /// the brain state: all in one transaction, or nothing when the turn had already been completed.
    /// </summary>
    private Task<IReadOnlyList<StoredActivity>> CompleteAsync(
        PendingTurn turn, IReadOnlyList<Activity> replies, string? brainState, Func<DbConnection, DbTransaction, DateTimeOffset, Task> alsoInTheTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(replies);
        return Database.WriteAsync<IReadOnlyList<StoredActivity>>(
            async (connection, transaction) =>
            {
                await LockAsync(connection, transaction, turn.ConversationId, cancellationToken);
                var now = clock.GetUtcNow();
                var claimed = await connection.ExecuteAsync(Command(
                    "UPDATE turns SET state = @Done, completed_at = @now WHERE id = @Id AND state = @Pending",
                    new { Done, Pending, turn.Id, now = now.ToUnixTimeMilliseconds() },
                    transaction,
                    cancellationToken));
                if (claimed == 0)
                {
                    return [];
                }

                await alsoInTheTransaction(connection, transaction, now);
                return await InsertActivitiesAsync(connection, transaction, turn.ConversationId, replies, idempotencyKey: null, brainState, now, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>Takes the conversation's row lock for the rest of the transaction; false when there is no such conversation.</summary>
    private static async Task<bool> LockAsync(DbConnection connection, DbTransaction transaction, string conversationId, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<int?>(Command(
            "SELECT 1 FROM conversations WHERE id = @conversationId FOR NO KEY UPDATE",
            new { conversationId },
            transaction,
            cancellationToken)) is not null;

    /// <summary>The copy of a resident's message already stored under <paramref name="idempotencyKey"/>, if any.</summary>
    private static async Task<StoredActivity?> FindByIdempotencyKeyAsync(
        DbConnection connection, DbTransaction transaction, string conversationId, string idempotencyKey, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<ActivityRow>(Command(
            "SELECT sequence AS Sequence, body AS Body FROM activities WHERE conversation_id = @conversationId AND idempotency_key = @idempotencyKey",
            new { conversationId, idempotencyKey },
            transaction,
            cancellationToken));
        return row?.ToStored();
    }

    /// <summary>Whether the conversation already holds <paramref name="limit"/> activities or more.</summary>
    private static async Task<bool> IsFullAsync(DbConnection connection, DbTransaction transaction, string conversationId, int limit, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(Command(
            "SELECT COUNT(*) FROM activities WHERE conversation_id = @conversationId",
            new { conversationId },
            transaction,
            cancellationToken)) >= limit;

    /// <param name="keptTurn">The turn being completed, which must stay to be marked done; null keeps none.</param>
    private static async Task EraseWithinAsync(
        DbConnection connection, DbTransaction transaction, string conversationId, long? keptTurn, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await KeepErasedKeysAsync(connection, transaction, conversationId, now, cancellationToken);
        var parameters = new { conversationId, keptTurn = keptTurn ?? -1, now = now.ToUnixTimeMilliseconds() };
        foreach (var sql in (string[])[
            "UPDATE conversations SET erased_at = @now WHERE id = @conversationId",
            "DELETE FROM activities WHERE conversation_id = @conversationId",
            "DELETE FROM turns WHERE conversation_id = @conversationId AND id <> @keptTurn",
            "DELETE FROM tickets WHERE conversation_id = @conversationId",
            "DELETE FROM whatsapp_dead_letters WHERE conversation_id = @conversationId",
        ])
        {
            await connection.ExecuteAsync(Command(sql, parameters, transaction, cancellationToken));
        }

        await Insights.InsightTables.DeleteConversationAsync(connection, transaction, conversationId, cancellationToken);
        await AuditLog.InsertAsync(connection, transaction, now, actor, "conversation-erased", ticketId: null, conversationId, cancellationToken);
    }

    /// <summary>
    /// Keeps a hash of every dedupe key the erasure is about to delete, so a replay of an erased message still counts
    /// as a duplicate instead of storing (and answering) it again.
    /// </summary>
    private static async Task KeepErasedKeysAsync(DbConnection connection, DbTransaction transaction, string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = await connection.QueryAsync<string>(Command(
            "SELECT idempotency_key FROM activities WHERE conversation_id = @conversationId AND idempotency_key IS NOT NULL",
            new { conversationId },
            transaction,
            cancellationToken));
        var hashes = keys.Select(key => ErasedKeys.Hash(conversationId, key)).ToArray();
        await connection.ExecuteAsync(Command(
            "INSERT INTO erased_idempotency_keys (key_hash, erased_at) SELECT hash, @now FROM unnest(@hashes) AS hash ON CONFLICT (key_hash) DO NOTHING",
            new { hashes, now = now.ToUnixTimeMilliseconds() },
            transaction,
            cancellationToken));
    }

    /// <summary>
    /// Reserves the next sequences by advancing the conversation's last one (which locks its row until the
    /// transaction ends), saves the brain state with them, and stores <paramref name="activities"/> under them.
    /// </summary>
    private static async Task<IReadOnlyList<StoredActivity>> InsertActivitiesAsync(
        DbConnection connection,
        DbTransaction transaction,
        string conversationId,
        IReadOnlyList<Activity> activities,
        string? idempotencyKey,
        string? brainState,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var at = now.ToUnixTimeMilliseconds();
        var last = await connection.ExecuteScalarAsync<long?>(Command(
            """
            UPDATE conversations
            SET last_sequence = last_sequence + @count, brain_state = COALESCE(@brainState, brain_state), updated_at = @at
            WHERE id = @conversationId
            RETURNING last_sequence
            """,
            new { conversationId, count = (long)activities.Count, brainState, at },
            transaction,
            cancellationToken)) ?? throw new ConversationNotFoundException(conversationId);

        var first = last - activities.Count + 1;
        var stored = activities
            .Select((activity, index) => new StoredActivity(first + index, activity with { Id = ActivityIds.For(conversationId, first + index), Timestamp = now }))
            .ToList();
        if (stored.Count > 0)
        {
            // One statement for all of a turn's replies.
            await connection.ExecuteAsync(Command(
                """
                INSERT INTO activities (conversation_id, sequence, type, role, idempotency_key, body, created_at)
                SELECT @conversationId, sequence, type, role, @idempotencyKey, body, @at
                FROM unnest(@sequences, @types, @roles, @bodies) AS reply (sequence, type, role, body)
                """,
                new
                {
                    conversationId,
                    idempotencyKey,
                    at,
                    sequences = stored.Select(activity => activity.Sequence).ToArray(),
                    types = stored.Select(activity => activity.Activity.Type).ToArray(),
                    roles = stored.Select(activity => activity.Activity.From?.Role ?? RoleTypes.User).ToArray(),
                    bodies = stored.Select(activity => JsonSerializer.Serialize(activity.Activity, ActivityJsonContext.Default.Activity)).ToArray(),
                },
                transaction,
                cancellationToken));
        }

        return stored;
    }
}
