namespace KooAssistent.Bot.Turns;

/// <summary>
/// On SQLite the bot is one process, so the scheduler's lanes alone keep a conversation's turns one at a time and in
/// order; nothing is claimed in the database, which keeps a turn's cost at its own writes.
/// </summary>
public sealed class LocalTurnRunner(TurnProcessor processor) : ITurnRunner
{
    public Task RunPendingAsync(string conversationId, CancellationToken cancellationToken) =>
        processor.ProcessPendingAsync(conversationId, cancellationToken);
}
