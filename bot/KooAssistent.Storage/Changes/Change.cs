namespace KooAssistent.Storage.Changes;

/// <summary>
/// A signal that something was committed, naming only what changed, never content: whoever hears it re-reads the
/// store, so a lost or repeated change only delays or repeats a read, never loses or invents one. Within this process
/// a change may also carry what the commit stored (<see cref="Stored"/>), so a listener that has everything before it
/// need not read it back.
/// </summary>
/// <param name="ConversationId">The conversation, for <see cref="ChangeKind.Conversation"/> and <see cref="ChangeKind.ResidentTyping"/>.</param>
/// <param name="Team">
/// The team whose consoles hear of it: the team of the conversation's open ticket, or of the queue that changed.
/// Null for a conversation without an open ticket (only the resident's own stream hears of it), or for a change to
/// every team's queue.
/// </param>
public sealed record Change(ChangeKind Kind, string? ConversationId = null, string? Team = null)
{
    /// <summary>
    /// Every activity the commit stored in the conversation, in sequence order (empty when it stored none), when the
    /// publisher has them at hand; null when it does not, and listeners read the store. It stays in this process: the
    /// change feed never sends it to other instances, whose listeners read their own copy from the database.
    /// </summary>
    public IReadOnlyList<StoredActivity>? Stored { get; init; }

    public static Change Everything { get; } = new(ChangeKind.Everything);

    /// <summary>A change to the queues of several teams at once: every worker's console reloads its list.</summary>
    public static Change AllTickets { get; } = new(ChangeKind.Tickets);

    public static Change Conversation(string conversationId, string? team = null) =>
        new(ChangeKind.Conversation, conversationId ?? throw new ArgumentNullException(nameof(conversationId)), team);

    /// <summary>A commit to the conversation that stored exactly <paramref name="stored"/> (<see cref="Stored"/>).</summary>
    public static Change Conversation(string conversationId, string? team, IReadOnlyList<StoredActivity> stored) =>
        new(ChangeKind.Conversation, conversationId ?? throw new ArgumentNullException(nameof(conversationId)), team)
        {
            Stored = stored ?? throw new ArgumentNullException(nameof(stored)),
        };

    public static Change Tickets(string team) => new(ChangeKind.Tickets, Team: team ?? throw new ArgumentNullException(nameof(team)));

    public static Change ResidentTyping(string conversationId, string team) => new(
        ChangeKind.ResidentTyping,
        conversationId ?? throw new ArgumentNullException(nameof(conversationId)),
        team ?? throw new ArgumentNullException(nameof(team)));
}
