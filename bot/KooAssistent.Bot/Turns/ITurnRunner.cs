namespace KooAssistent.Bot.Turns;

/// <summary>
/// Runs a conversation's pending turns where they may run: in this process when it is the only one (SQLite), or while
/// this instance holds the conversation's lease when several share the database (PostgreSQL).
/// </summary>
public interface ITurnRunner
{
    /// <summary>Runs the conversation's pending turns here, or leaves them to the instance that holds them.</summary>
    Task RunPendingAsync(string conversationId, CancellationToken cancellationToken);
}
