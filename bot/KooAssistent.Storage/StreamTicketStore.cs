using System.Data.Common;
using Dapper;

namespace KooAssistent.Storage;

/// <summary>
/// Which stream tickets have opened their stream. In the database, not in process memory, so a ticket used on one
/// instance is used up on all of them. The same SQL on every provider.
/// </summary>
public abstract class StreamTicketStore(IStoreDatabase database, TimeProvider clock)
{
    /// <summary>Marks the ticket used; false when it already was. Forgets tickets that have expired anyway.</summary>
    public async Task<bool> UseAsync(string ticketId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        return await database.WriteAsync(
            (connection, transaction) => UseWithinAsync(connection, transaction, ticketId, expiresAt, cancellationToken),
            cancellationToken);
    }

    private async Task<bool> UseWithinAsync(DbConnection connection, DbTransaction transaction, string ticketId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
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
        return inserted == 1;
    }
}
