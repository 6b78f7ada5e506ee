using Dapper;

namespace KooAssistent.Bot.Persistence.Sqlite;

/// <summary>
/// Which stream tickets have opened their stream. In the database, not in process memory, so a ticket used on one
/// instance is used up on all of them.
/// </summary>
public sealed class SqliteStreamTicketStore(SqliteConnectionFactory connections, TimeProvider clock)
{
    /// <summary>Marks the ticket used; false when it already was. Forgets tickets that have expired anyway.</summary>
    public async Task<bool> UseAsync(string ticketId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        await using var write = await connections.OpenForWriteAsync(cancellationToken);
        var connection = write.Connection;
        await using var transaction = connection.BeginTransaction(deferred: false);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM used_stream_tickets WHERE expires_at < @Now",
            new { Now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            transaction,
            cancellationToken: cancellationToken));
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO used_stream_tickets (ticket_id, expires_at) VALUES (@ticketId, @ExpiresAt) ON CONFLICT (ticket_id) DO NOTHING",
            new { ticketId, ExpiresAt = expiresAt.ToUnixTimeMilliseconds() },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return inserted == 1;
    }
}
