using System.Data.Common;
using System.Text.Json;
using Dapper;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Dialog.Handoff;

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

    public virtual async Task<StoredConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ConversationRow>(Command(Sql.Conversation, new { conversationId }, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    public virtual async Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ActivityRow>(Command(Sql.Activities, new { conversationId, afterSequence, limit }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStored()).ToList();
    }

    public virtual async Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(string conversationId, long afterSequence, int limit, int maxCharacters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ActivityRow>(Command(
            Sql.ActivitiesWithin,
            new { conversationId, afterSequence, limit, maxCharacters = (long)maxCharacters },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStored()).ToList();
    }

    public virtual async Task<StoredActivity?> GetActivityAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ActivityRow>(Command(Sql.Activity, new { conversationId, sequence }, cancellationToken: cancellationToken));
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

    public virtual async Task<NextTurn?> GetNextTurnAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<NextTurnRow>(Command(Sql.NextTurn, new { conversationId }, cancellationToken: cancellationToken));
        return row?.ToNextTurn(conversationId);
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

    /// <summary>A conversation as its row holds it (<see cref="Sql.Conversation"/>).</summary>
    protected static StoredConversation ToConversation(
        string id, string channel, string userId, string? locale, string? brainState, long lastSequence, long createdAt, long? erasedAt) =>
        new(id, channel, userId, locale, brainState, lastSequence, DateTimeOffset.FromUnixTimeMilliseconds(createdAt),
            erasedAt is { } erased ? DateTimeOffset.FromUnixTimeMilliseconds(erased) : null);

    /// <summary>The reads that run on every turn, as both providers run them; SQLite keeps them prepared.</summary>
    /// <remarks>
    /// SQLite throws a prepared statement's plan away and prepares it again on its next step whenever a parameter is
    /// rebound that the planner looked at: a value compared with a partial index's condition (<c>state = @pending</c>
    /// beside <c>ix_turns_pending</c>) or a bare <c>LIMIT @limit</c>. Microsoft.Data.Sqlite rebinds every parameter on
    /// every execution, so such a statement was parsed and planned anew each time (7 % of the bot's CPU under load,
    /// README, issue #12). Hence the literal state and <c>LIMIT @limit + 0</c>, which SQLite does not look into.
    /// </remarks>
    protected static class Sql
    {
        /// <summary>Columns: id, channel, user id, locale, brain state, last sequence, created at, erased at.</summary>
        public const string Conversation =
            """
            SELECT id AS Id, channel AS Channel, user_id AS UserId, locale AS Locale, brain_state AS BrainState,
                   last_sequence AS LastSequence, created_at AS CreatedAt, erased_at AS ErasedAt
            FROM conversations WHERE id = @conversationId
            """;

        /// <summary>Columns: sequence, body.</summary>
        public const string Activity =
            "SELECT sequence AS Sequence, body AS Body FROM activities WHERE conversation_id = @conversationId AND sequence = @sequence";

        /// <summary>Columns: sequence, body.</summary>
        public const string Activities =
            """
            SELECT sequence AS Sequence, body AS Body FROM activities
            WHERE conversation_id = @conversationId AND sequence > @afterSequence
            ORDER BY sequence LIMIT @limit + 0
            """;

        /// <summary>
        /// Columns: sequence, body. The running length is summed over the page's rows only (LIMIT inside), so the
        /// database reads no further, and a row past the budget is not handed over; the first row always is, so a
        /// reader never gets stuck behind one large activity.
        /// </summary>
        public const string ActivitiesWithin =
            """
            SELECT sequence AS Sequence, body AS Body FROM (
                SELECT sequence, body, SUM(length(body)) OVER (ORDER BY sequence ROWS UNBOUNDED PRECEDING) AS through
                FROM (SELECT sequence, body FROM activities
                      WHERE conversation_id = @conversationId AND sequence > @afterSequence
                      ORDER BY sequence LIMIT @limit + 0) AS page) AS counted
            WHERE through <= @maxCharacters OR through = length(body)
            ORDER BY sequence
            """;

        /// <summary>
        /// Columns: the turn (id, trigger, activity sequence, rejected attachments, attempts), its conversation
        /// (channel, user id, locale, brain state, last sequence, created at, erased at), the body of the activity it
        /// answers, and the open ticket (id, status, team). One statement, so they are read from one snapshot; the
        /// handoff store opens a ticket only where none is queued or assigned, so the join finds one at most.
        /// </summary>
        public const string NextTurn =
            $"""
            SELECT t.id AS TurnId, t.trigger AS Trigger, t.activity_sequence AS ActivitySequence,
                   t.rejected_attachments AS RejectedAttachments, t.attempts AS Attempts,
                   c.channel AS Channel, c.user_id AS UserId, c.locale AS Locale, c.brain_state AS BrainState,
                   c.last_sequence AS LastSequence, c.created_at AS CreatedAt, c.erased_at AS ErasedAt,
                   a.body AS InboundBody,
                   k.id AS OpenTicketId, k.status AS OpenTicketStatus, k.team AS OpenTicketTeam
            FROM turns t
            JOIN conversations c ON c.id = t.conversation_id
            LEFT JOIN activities a ON a.conversation_id = t.conversation_id AND a.sequence = t.activity_sequence
            LEFT JOIN tickets k ON k.conversation_id = t.conversation_id AND k.status IN ('Queued', 'Assigned')
            WHERE t.conversation_id = @conversationId AND t.state = '{Pending}'
            ORDER BY t.id LIMIT 1
            """;
    }

    /// <summary>An activity as a query reads it: its sequence and stored JSON.</summary>
    protected sealed record ActivityRow(long Sequence, string Body)
    {
        public StoredActivity ToStored() => ConversationStore.ToStored(Sequence, Body);
    }

    private sealed record ConversationRow(string Id, string Channel, string UserId, string? Locale, string? BrainState, long LastSequence, long CreatedAt, long? ErasedAt)
    {
        public StoredConversation ToStored() => ToConversation(Id, Channel, UserId, Locale, BrainState, LastSequence, CreatedAt, ErasedAt);
    }

    private sealed record NextTurnRow(
        long TurnId, string Trigger, long? ActivitySequence, long RejectedAttachments, long Attempts,
        string Channel, string UserId, string? Locale, string? BrainState, long LastSequence, long CreatedAt, long? ErasedAt,
        string? InboundBody, string? OpenTicketId, string? OpenTicketStatus, string? OpenTicketTeam)
    {
        public NextTurn ToNextTurn(string conversationId) => new(
            new PendingTurn(TurnId, conversationId, Enum.Parse<TurnTrigger>(Trigger), ActivitySequence, (int)RejectedAttachments, (int)Attempts),
            ToConversation(conversationId, Channel, UserId, Locale, BrainState, LastSequence, CreatedAt, ErasedAt),
            ActivitySequence is { } sequence && InboundBody is not null ? ToStored(sequence, InboundBody) : null,
            OpenTicketId is null ? null : new Tickets.OpenTicket(OpenTicketId, Enum.Parse<TicketStatus>(OpenTicketStatus!), OpenTicketTeam!));
    }

    private sealed record TurnRow(long Id, string ConversationId, string Trigger, long? ActivitySequence, long RejectedAttachments, long Attempts)
    {
        public PendingTurn ToPending() => new(Id, ConversationId, Enum.Parse<TurnTrigger>(Trigger), ActivitySequence, (int)RejectedAttachments, (int)Attempts);
    }
}
