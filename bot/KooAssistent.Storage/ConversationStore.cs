using System.Data.Common;
using System.Text.Json;
using Dapper;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Storage;

/// <summary>
/// What the conversation stores of every provider share: the reads, written once in SQL both run, and the rows they
/// map. The writes stay with each provider, where they really differ: SQLite's go through the group commit, and
/// PostgreSQL's lock the conversation's row so several instances take turns.
/// </summary>
public abstract class ConversationStore(IStoreDatabase database) : IConversationStore
{
    protected const string Pending = "pending";
    protected const string Done = "done";

    protected IStoreDatabase Database => database;

    public abstract Task<bool> CreateConversationAsync(NewConversation conversation, CancellationToken cancellationToken);

    public abstract Task<AppendResult> AppendInboundAsync(InboundActivity inbound, CancellationToken cancellationToken);

    public Task<IReadOnlyList<StoredActivity>> CompleteTurnAsync(PendingTurn turn, IReadOnlyList<Activity> replies, string? brainState, CancellationToken cancellationToken) =>
        CompleteTurnAsync(turn, replies, brainState, ticket: null, insight: null, cancellationToken);

    public Task<IReadOnlyList<StoredActivity>> CompleteTurnAsync(PendingTurn turn, IReadOnlyList<Activity> replies, string? brainState, Tickets.NewTicket? ticket, CancellationToken cancellationToken) =>
        CompleteTurnAsync(turn, replies, brainState, ticket, insight: null, cancellationToken);

    public abstract Task<IReadOnlyList<StoredActivity>> CompleteTurnAsync(
        PendingTurn turn, IReadOnlyList<Activity> replies, string? brainState, Tickets.NewTicket? ticket, Insights.InsightRecord? insight, CancellationToken cancellationToken);

    public abstract Task<IReadOnlyList<StoredActivity>> CompleteErasureTurnAsync(PendingTurn turn, IReadOnlyList<Activity> replies, string brainState, CancellationToken cancellationToken);

    public abstract Task<bool> EraseTranscriptAsync(string conversationId, string actor, IReadOnlyList<Activity> replies, string brainState, CancellationToken cancellationToken);

    public abstract Task<bool> EraseConversationAsync(string conversationId, string actor, CancellationToken cancellationToken);

    public abstract Task<int> DeleteErasedKeysBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    public abstract Task<StoredActivity> AppendOutboundAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    public abstract Task RecordTurnFailureAsync(PendingTurn turn, CancellationToken cancellationToken);

    public abstract Task<int> DeleteConversationsInactiveSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    public async Task<StoredConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ConversationRow>(Command(
            """
            SELECT id AS Id, channel AS Channel, user_id AS UserId, locale AS Locale, brain_state AS BrainState,
                   last_sequence AS LastSequence, created_at AS CreatedAt, erased_at AS ErasedAt
            FROM conversations WHERE id = @conversationId
            """,
            new { conversationId },
            cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    public async Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ActivityRow>(Command(
            """
            SELECT sequence AS Sequence, body AS Body FROM activities
            WHERE conversation_id = @conversationId AND sequence > @afterSequence
            ORDER BY sequence LIMIT @limit
            """,
            new { conversationId, afterSequence, limit },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStored()).ToList();
    }

    public async Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(string conversationId, long afterSequence, int limit, int maxCharacters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // The running length is summed over the page's rows only (LIMIT inside), so the database reads no further,
        // and a row past the budget is not handed over; the first row always is, so a reader never gets stuck behind
        // one large activity.
        var rows = await connection.QueryAsync<ActivityRow>(Command(
            """
            SELECT sequence AS Sequence, body AS Body FROM (
                SELECT sequence, body, SUM(length(body)) OVER (ORDER BY sequence ROWS UNBOUNDED PRECEDING) AS through
                FROM (SELECT sequence, body FROM activities
                      WHERE conversation_id = @conversationId AND sequence > @afterSequence
                      ORDER BY sequence LIMIT @limit) AS page) AS counted
            WHERE through <= @maxCharacters OR through = length(body)
            ORDER BY sequence
            """,
            new { conversationId, afterSequence, limit, maxCharacters = (long)maxCharacters },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStored()).ToList();
    }

    public async Task<StoredActivity?> GetActivityAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ActivityRow>(Command(
            "SELECT sequence AS Sequence, body AS Body FROM activities WHERE conversation_id = @conversationId AND sequence = @sequence",
            new { conversationId, sequence },
            cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    public async Task<PendingTurn?> GetNextPendingTurnAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<TurnRow>(Command(
            """
            SELECT id AS Id, conversation_id AS ConversationId, trigger AS Trigger, activity_sequence AS ActivitySequence,
                   rejected_attachments AS RejectedAttachments, attempts AS Attempts
            FROM turns WHERE conversation_id = @conversationId AND state = @Pending
            ORDER BY id LIMIT 1
            """,
            new { conversationId, Pending },
            cancellationToken: cancellationToken));
        return row?.ToPending();
    }

    public async Task<bool> WasErasedAsync(string conversationId, string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await IsErasedKeyAsync(connection, transaction: null, conversationId, idempotencyKey, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> GetConversationsWithPendingTurnsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(Command(
            "SELECT DISTINCT conversation_id FROM turns WHERE state = @Pending",
            new { Pending },
            cancellationToken: cancellationToken));
        return ids.ToList();
    }

    /// <summary>Whether a message with this key was stored and then erased (<see cref="ErasedKeys"/>).</summary>
    protected static async Task<bool> IsErasedKeyAsync(DbConnection connection, DbTransaction? transaction, string conversationId, string idempotencyKey, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(Command(
            "SELECT COUNT(*) FROM erased_idempotency_keys WHERE key_hash = @hash",
            new { hash = ErasedKeys.Hash(conversationId, idempotencyKey) },
            transaction,
            cancellationToken)) > 0;

    /// <summary>The activity as its stored JSON says it was recorded.</summary>
    protected static StoredActivity ToStored(long sequence, string body) =>
        new(sequence, JsonSerializer.Deserialize(body, ActivityJsonContext.Default.Activity)
            ?? throw new InvalidOperationException($"Stored activity {sequence} is empty."));

    protected static CommandDefinition Command(string sql, object? parameters = null, DbTransaction? transaction = null, CancellationToken cancellationToken = default) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);

    /// <summary>An activity as a query reads it: its sequence and stored JSON.</summary>
    protected sealed record ActivityRow(long Sequence, string Body)
    {
        public StoredActivity ToStored() => ConversationStore.ToStored(Sequence, Body);
    }

    private sealed record ConversationRow(string Id, string Channel, string UserId, string? Locale, string? BrainState, long LastSequence, long CreatedAt, long? ErasedAt)
    {
        public StoredConversation ToStored() =>
            new(Id, Channel, UserId, Locale, BrainState, LastSequence, DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt),
                ErasedAt is { } erased ? DateTimeOffset.FromUnixTimeMilliseconds(erased) : null);
    }

    private sealed record TurnRow(long Id, string ConversationId, string Trigger, long? ActivitySequence, long RejectedAttachments, long Attempts)
    {
        public PendingTurn ToPending() => new(Id, ConversationId, Enum.Parse<TurnTrigger>(Trigger), ActivitySequence, (int)RejectedAttachments, (int)Attempts);
    }
}
