namespace KooAssistent.Storage.Changes;

/// <summary>
/// A signal that something was committed, naming only what changed, never content: whoever hears it re-reads the
/// store, so a lost or repeated change only delays or repeats a read, never loses or invents one.
/// </summary>
/// <param name="ConversationId">The conversation, for <see cref="ChangeKind.Conversation"/> and <see cref="ChangeKind.ResidentTyping"/>.</param>
/// <param name="Team">
/// The team whose consoles hear of it: the team of the conversation's open ticket, or of the queue that changed.
/// Null for a conversation without an open ticket (only the resident's own stream hears of it), or for a change to
/// every team's queue.
/// </param>
public sealed record Change(ChangeKind Kind, string? ConversationId = null, string? Team = null)
{
    public static Change Everything { get; } = new(ChangeKind.Everything);

    /// <summary>A change to the queues of several teams at once: every worker's console reloads its list.</summary>
    public static Change AllTickets { get; } = new(ChangeKind.Tickets);

    public static Change Conversation(string conversationId, string? team = null) =>
        new(ChangeKind.Conversation, conversationId ?? throw new ArgumentNullException(nameof(conversationId)), team);

    public static Change Tickets(string team) => new(ChangeKind.Tickets, Team: team ?? throw new ArgumentNullException(nameof(team)));

    public static Change ResidentTyping(string conversationId, string team) => new(
        ChangeKind.ResidentTyping,
        conversationId ?? throw new ArgumentNullException(nameof(conversationId)),
        team ?? throw new ArgumentNullException(nameof(team)));
}
