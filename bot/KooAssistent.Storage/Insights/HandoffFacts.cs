using System.Data.Common;
using Dapper;

namespace KooAssistent.Storage.Insights;

/// <summary>
/// The anonymous fact kept per handoff in <c>insight_handoffs</c>, so the handoff figures of a quarter outlive the
/// tickets (deleted with their conversation after <c>Persistence:RetentionDays</c>). Written in the transaction that
/// opens or moves the ticket; the ticket id is only the key by which its moves find the fact.
/// </summary>
public static class HandoffFacts
{
    /// <summary>Puts the tickets a disabled account held back in the queue; run before the tickets themselves move.</summary>
    public const string RequeueHeldBy =
        "UPDATE insight_handoffs SET status = 'Queued' WHERE ticket_id IN (SELECT id FROM tickets WHERE assigned_to = @username AND status = 'Assigned')";

    /// <summary>
    /// The fact of a ticket just opened: the day, not the time, with its team and wijk, and the ticket's short number,
    /// by which an operator finds the fact for an erasure after the ticket is gone.
    /// </summary>
    public static Task InsertAsync(
        DbConnection connection, DbTransaction transaction, string ticketId, string ticketNumber, string conversationId, string team, string? wijk, string status, DateTimeOffset openedAt, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO insight_handoffs (ticket_id, ticket_number, conversation_id, at, team, wijk, status)
            VALUES (@ticketId, @ticketNumber, @conversationId, @day, @team, @wijk, @status)
            """,
            new { ticketId, ticketNumber, conversationId, day = InsightFigures.StartOfDay(openedAt).ToUnixTimeMilliseconds(), team, wijk, status },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>Copies where the ticket now stands — status, outcome, seconds to the first worker message — to its fact.</summary>
    public static Task FollowTicketAsync(DbConnection connection, DbTransaction transaction, string ticketId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE insight_handoffs SET
                status = (SELECT status FROM tickets WHERE id = @ticketId),
                outcome = (SELECT outcome FROM tickets WHERE id = @ticketId),
                first_reply_seconds = (SELECT (first_reply_at - created_at) / 1000 FROM tickets WHERE id = @ticketId)
            WHERE ticket_id = @ticketId AND EXISTS (SELECT 1 FROM tickets WHERE id = @ticketId)
            """,
            new { ticketId },
            transaction,
            cancellationToken: cancellationToken));
}
