using KooAssistent.Conversation.Activities;

namespace KooAssistent.Storage;

/// <summary>
/// Durable conversations, transcripts and the turn inbox. Every method is one transaction; callers never hold
/// locks or connections, so a PostgreSQL implementation can follow without changing them.
/// </summary>
public interface IConversationStore
{
    /// <summary>Creates the conversation and queues its <c>ConversationStarted</c> turn; false when it already existed.</summary>
    Task<bool> CreateConversationAsync(NewConversation conversation, CancellationToken cancellationToken);

    Task<StoredConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Records a resident's activity, assigning its id, timestamp and sequence, and queues a turn for it when
    /// <see cref="InboundActivity.Trigger"/> is set. A second call with the same idempotency key stores nothing
    /// and returns the first copy, also when that copy was erased in the meantime (then without it).
    /// </summary>
    /// <exception cref="ConversationFullException">The conversation already holds <see cref="InboundActivity.MaxStoredActivities"/>.</exception>
    Task<AppendResult> AppendInboundAsync(InboundActivity inbound, CancellationToken cancellationToken);

    /// <summary>Activities with a sequence above <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="GetActivitiesAsync(string, long, int, CancellationToken)"/>, and no more than about
    /// <paramref name="maxCharacters"/> of stored JSON: the page stops before the activity that would pass it, but
    /// always holds the first one, so a reader never gets stuck.
    /// </summary>
    Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(string conversationId, long afterSequence, int limit, int maxCharacters, CancellationToken cancellationToken);

    Task<StoredActivity?> GetActivityAsync(string conversationId, long sequence, CancellationToken cancellationToken);

    /// <summary>The oldest turn of the conversation that has not completed.</summary>
    Task<PendingTurn?> GetNextPendingTurnAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// The oldest turn of the conversation that has not completed, with what it needs to run, in one read: its
    /// conversation, the activity it answers and the open ticket. Null when no turn is pending.
    /// </summary>
    Task<NextTurn?> GetNextTurnAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the bot's replies and the brain state and marks the turn done, all at once. Returns the stored
    /// replies; empty when the turn had already been completed (it then stores nothing).
    /// </summary>
    Task<IReadOnlyList<StoredActivity>> CompleteTurnAsync(PendingTurn turn, IReadOnlyList<Activity> replies, string? brainState, CancellationToken cancellationToken);

    /// <summary>As above, and opens <paramref name="ticket"/> in the same transaction (unless the conversation already has an open one).</summary>
    Task<IReadOnlyList<StoredActivity>> CompleteTurnAsync(PendingTurn turn, IReadOnlyList<Activity> replies, string? brainState, Tickets.NewTicket? ticket, CancellationToken cancellationToken);

    /// <summary>As above, and adds the turn to the insight figures in the same transaction, so they count exactly the turns that were answered.</summary>
    Task<IReadOnlyList<StoredActivity>> CompleteTurnAsync(PendingTurn turn, IReadOnlyList<Activity> replies, string? brainState, Tickets.NewTicket? ticket, Insights.InsightRecord? insight, CancellationToken cancellationToken);

    /// <summary>
    /// Erasure at the resident's request, in one transaction: deletes the transcript, the conversation's other turns,
    /// its tickets (with their history and notes) and WhatsApp dead letters, writes an audit entry without content,
    /// then stores <paramref name="replies"/> and the fresh <paramref name="brainState"/> and completes the turn. The
    /// conversation itself stays, so the resident's channel can still deliver the replies and take a new question.
    /// </summary>
    Task<IReadOnlyList<StoredActivity>> CompleteErasureTurnAsync(PendingTurn turn, IReadOnlyList<Activity> replies, string brainState, CancellationToken cancellationToken);

    /// <summary>
    /// Erasure carried out by a worker for the resident, as <see cref="CompleteErasureTurnAsync"/> but without a turn:
    /// deletes the transcript, every turn, the tickets and dead letters, audits <paramref name="actor"/>, and stores
    /// <paramref name="replies"/> (the confirmation) and <paramref name="brainState"/> (empty: none) so the resident's
    /// channel still delivers it. False when there is no such conversation.
    /// </summary>
    Task<bool> EraseTranscriptAsync(string conversationId, string actor, IReadOnlyList<Activity> replies, string brainState, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the conversation and everything stored with it, and audits who did it; also the insight rows a
    /// conversation deleted after its retention term left behind. False when nothing was stored under the id.
    /// </summary>
    Task<bool> EraseConversationAsync(string conversationId, string actor, CancellationToken cancellationToken);

    /// <summary>
    /// Whether an activity with this idempotency key was stored in the conversation and then erased (its key is kept
    /// as a hash for <see cref="ErasedKeys.KeptFor"/>), so a channel need not even recreate an erased conversation for it.
    /// </summary>
    Task<bool> WasErasedAsync(string conversationId, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Forgets the hashes of erased keys kept since before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteErasedKeysBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Stores an outgoing activity that no turn produced: a worker's message, or a notice that a worker joined or left.</summary>
    Task<StoredActivity> AppendOutboundAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Counts a failed attempt so a message that keeps failing is answered with an apology instead of forever retried.</summary>
    Task RecordTurnFailureAsync(PendingTurn turn, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> GetConversationsWithPendingTurnsAsync(CancellationToken cancellationToken);

    /// <summary>Deletes conversations (with transcript and turns) not touched since <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteConversationsInactiveSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
