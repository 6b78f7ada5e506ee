using System.Data.Common;
using Dapper;

namespace KooAssistent.Storage.Tickets;

/// <summary>The audit log's one insert, the same SQL on every provider, so callers write it inside their own transaction.</summary>
public static class AuditLog
{
    /// <summary>Writes an audit entry, inside the caller's transaction when there is one (an erasure, an account change).</summary>
    public static async Task InsertAsync(
        DbConnection connection, DbTransaction? transaction, DateTimeOffset now, string actor, string action, string? ticketId, string? conversationId, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_log (at, actor, action, ticket_id, conversation_id) VALUES (@at, @actor, @action, @ticketId, @conversationId)",
            new { at = now.ToUnixTimeMilliseconds(), actor, action, ticketId, conversationId },
            transaction,
            cancellationToken: cancellationToken));
}
