using Dapper;
using KooAssistent.Storage.Tickets;

namespace KooAssistent.Storage.Inbox;

/// <summary>
/// What the staff inbox shows beside a ticket: its channel, the resident's last message (for the row's preview, which
/// the caller redacts), how many resident messages the worker has not seen, and the calls made to a resident who asked
/// to be called back. Everything stops where the ticket's transcript stops (<see cref="TicketRecord.ClosedSequence"/>).
/// The same SQL on every provider, apart from reading the message text out of the stored JSON.
/// </summary>
public abstract class InboxStore(IStoreDatabase database, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, InboxFacts>> FactsAsync(IReadOnlyList<TicketRecord> tickets, string username, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        if (tickets.Count == 0)
        {
            return new Dictionary<string, InboxFacts>();
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FactsRow>(new CommandDefinition(
            $"""
            SELECT t.id AS TicketId, c.channel AS Channel,
                (SELECT {database.Dialect.JsonText("a.body", "text")} FROM activities a
                 WHERE a.conversation_id = t.conversation_id AND a.role = 'user' AND a.type = 'message'
                   AND a.sequence <= COALESCE(t.closed_sequence, 9223372036854775807)
                 ORDER BY a.sequence DESC LIMIT 1) AS LastText,
                (SELECT COUNT(*) FROM activities a
                 WHERE a.conversation_id = t.conversation_id AND a.role = 'user' AND a.type = 'message'
                   AND a.sequence > COALESCE(r.read_sequence, 0)
                   AND a.sequence <= COALESCE(t.closed_sequence, 9223372036854775807)) AS Unread
            FROM tickets t
            JOIN conversations c ON c.id = t.conversation_id
            LEFT JOIN ticket_reads r ON r.ticket_id = t.id AND r.username = @username
            WHERE {database.Dialect.IsAnyOf("t.id", "ids")}
            """,
            new { username, ids = tickets.Select(ticket => ticket.Id).ToArray() },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(row => row.TicketId, row => new InboxFacts(row.Channel, row.LastText, (int)row.Unread), StringComparer.Ordinal);
    }

    /// <summary>The worker has seen the conversation up to <paramref name="sequence"/>; a read never goes back.</summary>
    public async Task MarkReadAsync(string ticketId, string username, long sequence, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO ticket_reads (ticket_id, username, read_sequence) VALUES (@ticketId, @username, @sequence)
                ON CONFLICT (ticket_id, username) DO UPDATE SET read_sequence = excluded.read_sequence
                WHERE excluded.read_sequence > ticket_reads.read_sequence
                """,
                new { ticketId, username, sequence },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <summary>Records a call and its outcome, audited in the same transaction.</summary>
    public async Task AddCallAsync(TicketRecord ticket, string worker, string outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var now = clock.GetUtcNow();
        await database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO ticket_calls (ticket_id, worker, outcome, at) VALUES (@Id, @worker, @outcome, @at)",
                    new { ticket.Id, worker, outcome, at = now.ToUnixTimeMilliseconds() },
                    transaction,
                    cancellationToken: cancellationToken));
                await AuditLog.InsertAsync(connection, transaction, now, worker, $"called:{outcome}", ticket.Id, ticket.ConversationId, cancellationToken);
                return true;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<CallDto>> CallsAsync(string ticketId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CallRow>(new CommandDefinition(
            "SELECT worker, outcome, at FROM ticket_calls WHERE ticket_id = @ticketId ORDER BY id",
            new { ticketId },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => new CallDto(row.Worker, row.Outcome, DateTimeOffset.FromUnixTimeMilliseconds(row.At)))];
    }

    /// <summary>
    /// Filled by property, not by constructor: SQLite reports a NULL in an expression column as a blob, and Dapper
    /// picks a constructor by the first row's column types, so a ticket without a resident message failed the list.
    /// </summary>
    private sealed class FactsRow
    {
        public string TicketId { get; init; } = string.Empty;

        public string Channel { get; init; } = string.Empty;

        public string? LastText { get; init; }

        public long Unread { get; init; }
    }

    private sealed record CallRow(string Worker, string Outcome, long At);
}
