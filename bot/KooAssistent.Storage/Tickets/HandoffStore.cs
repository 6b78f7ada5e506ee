using System.Data.Common;
using System.Text.Json;
using Dapper;
using KooAssistent.Conversation.Dialog.Handoff;

namespace KooAssistent.Storage.Tickets;

/// <summary>
/// Tickets, notes and the audit log, in SQL that SQLite and PostgreSQL both run. Moves are single guarded UPDATEs, so
/// a race has one winner, on one instance or several.
/// </summary>
public abstract class HandoffStore(IStoreDatabase database, TimeProvider clock) : IHandoffStore
{
    private const string Columns =
        "id, conversation_id AS ConversationId, status, team, urgency, summary, assigned_to AS AssignedTo, outcome, created_at AS CreatedAt, closed_sequence AS ClosedSequence, number";

    /// <summary>Where a ticket that ends now ends in its conversation: the last activity stored so far.</summary>
    private const string ConversationEnd = "(SELECT last_sequence FROM conversations WHERE id = tickets.conversation_id)";

    /// <summary>Opens a ticket inside the caller's transaction (the turn in which the resident agreed).</summary>
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, string conversationId, NewTicket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.ToUnixTimeMilliseconds();
        var number = await FreeNumberAsync(connection, transaction, cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO tickets (id, conversation_id, status, team, urgency, summary, created_at, updated_at, number)
            SELECT @Id, @conversationId, @Queued, @Team, @Urgency, @Summary, @at, @at, @number
            WHERE NOT EXISTS (SELECT 1 FROM tickets WHERE conversation_id = @conversationId AND status IN ('Queued', 'Assigned'))
            """,
            new
            {
                ticket.Id,
                conversationId,
                number,
                Queued = nameof(TicketStatus.Queued),
                ticket.Team,
                Urgency = ticket.Request.Urgency.ToString(),
                Summary = JsonSerializer.Serialize(ticket.Request, HandoffJsonContext.Default.HandoffRequest),
                at,
            },
            transaction,
            cancellationToken: cancellationToken));
        if (inserted == 1)
        {
            await InsertEventAsync(connection, transaction, ticket.Id, at, "bot", null, TicketStatus.Queued, null, cancellationToken);
            await Insights.HandoffFacts.InsertAsync(connection, transaction, ticket.Id, number, conversationId, ticket.Team, ticket.Wijk, nameof(TicketStatus.Queued), now, cancellationToken);
        }
    }

    /// <summary>
    /// A ticket number no stored ticket has; a taken number is drawn again (about once in 10^7 tickets). On SQLite the
    /// turn's write transaction holds the database, so no other writer can take the same number before this one
    /// commits; on PostgreSQL two instances could draw the same free number at once (about once in 10^7 pairs of
    /// simultaneous tickets), and the unique index then fails the later turn, which runs again.
    /// </summary>
    private static async Task<string> FreeNumberAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        while (true)
        {
            var number = TicketNumber.New();
            var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM tickets WHERE number = @number", new { number }, transaction, cancellationToken: cancellationToken));
            if (taken == 0)
            {
                return number;
            }
        }
    }

    public async Task<TicketRecord?> GetOpenTicketForConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TicketRow>(new CommandDefinition(
            $"SELECT {Columns} FROM tickets WHERE conversation_id = @conversationId AND status IN ('Queued', 'Assigned')",
            new { conversationId },
            cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task<IReadOnlyList<TicketRecord>> ListTicketsAsync(TicketStatus? status, string? team, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TicketRow>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM tickets
            WHERE (@Status IS NULL OR status = @Status) AND (@team IS NULL OR team = @team OR team = @Unknown)
            ORDER BY CASE urgency WHEN 'Crisis' THEN 0 WHEN 'High' THEN 1 ELSE 2 END, created_at
            LIMIT 500
            """,
            new { Status = status?.ToString(), team, Unknown = TicketTeams.Unknown },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToRecord())];
    }

    public async Task<TicketRecord?> GetTicketAsync(string ticketId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = TicketNumber.TryParse(ticketId, out var number)
            ? await connection.QuerySingleOrDefaultAsync<TicketRow>(new CommandDefinition(
                $"SELECT {Columns} FROM tickets WHERE number = @number", new { number }, cancellationToken: cancellationToken))
            : await connection.QuerySingleOrDefaultAsync<TicketRow>(new CommandDefinition(
                $"SELECT {Columns} FROM tickets WHERE id = @ticketId", new { ticketId }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task<TicketChange> MoveAsync(
        string ticketId, IReadOnlyList<TicketStatus> from, TicketStatus target, string actor, string? assignedTo, string? outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        var to = target;
        var allowed = from.Where(status => TicketTransitions.IsAllowed(status, to)).Select(status => status.ToString()).ToList();
        return await database.WriteAsync(
            (connection, transaction) => MoveWithinAsync(connection, transaction, ticketId, allowed, to, actor, assignedTo, outcome, cancellationToken),
            cancellationToken);
    }

    private async Task<TicketChange> MoveWithinAsync(
        DbConnection connection,
        DbTransaction transaction,
        string ticketId,
        List<string> allowed,
        TicketStatus to,
        string actor,
        string? assignedTo,
        string? outcome,
        CancellationToken cancellationToken)
    {
        var current = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT status FROM tickets WHERE id = @ticketId", new { ticketId }, transaction, cancellationToken: cancellationToken));
        if (current is null)
        {
            return TicketChange.NotFound;
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();

        // One parameter per allowed status, not Dapper's "IN @list": on PostgreSQL Dapper sends a list as one array
        // parameter, which "IN" does not take; an empty list matches nothing (NULL).
        var parameters = new DynamicParameters(new { ticketId, To = to.ToString(), assignedTo, outcome, now, closes = !TicketTransitions.IsOpen(to) });
        var names = allowed.Select((status, index) => $"@allowed{index}").ToList();
        for (var index = 0; index < allowed.Count; index++)
        {
            parameters.Add($"allowed{index}", allowed[index]);
        }

        var allowedList = names.Count == 0 ? "NULL" : string.Join(", ", names);
        var moved = await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE tickets SET status = @To, assigned_to = COALESCE(@assignedTo, assigned_to), outcome = COALESCE(@outcome, outcome), updated_at = @now,
                closed_sequence = CASE WHEN @closes THEN {ConversationEnd} ELSE closed_sequence END
            WHERE id = @ticketId AND status IN ({allowedList})
            """,
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        if (moved == 0)
        {
            return TicketChange.Conflict;
        }

        await InsertEventAsync(connection, transaction, ticketId, now, actor, Enum.Parse<TicketStatus>(current), to, outcome ?? assignedTo, cancellationToken);
        await Insights.HandoffFacts.FollowTicketAsync(connection, transaction, ticketId, cancellationToken);
        return TicketChange.Done;
    }

    public async Task<IReadOnlyList<string>> AbandonStaleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        return await database.WriteAsync((connection, transaction) => AbandonStaleWithinAsync(connection, transaction, cutoff, cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<string>> AbandonStaleWithinAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var stale = (await connection.QueryAsync<(string Id, string Team)>(new CommandDefinition(
            """
            SELECT t.id, t.team FROM tickets t JOIN conversations c ON c.id = t.conversation_id
            WHERE t.status = 'Queued' AND c.updated_at < @Cutoff
            ORDER BY t.id
            """,
            new { Cutoff = cutoff.ToUnixTimeMilliseconds() },
            transaction,
            cancellationToken: cancellationToken))).ToList();
        var abandoned = new List<string>();
        foreach (var (ticketId, team) in stale)
        {
            // Another instance's sweep (or a worker's claim) may have moved the ticket since the SELECT: on PostgreSQL the
            // UPDATE then waits for that transaction and finds the status changed. Only the sweep whose UPDATE changed
            // the row writes its history and names its team. Sweeps take the rows in one order (by id), so two of them
            // never hold one ticket each while waiting for the other's.
            var moved = await connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE tickets SET status = 'Abandoned', updated_at = @now, closed_sequence = {ConversationEnd} WHERE id = @ticketId AND status = 'Queued'",
                new { ticketId, now },
                transaction,
                cancellationToken: cancellationToken));
            if (moved == 1)
            {
                await InsertEventAsync(connection, transaction, ticketId, now, "system", TicketStatus.Queued, TicketStatus.Abandoned, "no activity", cancellationToken);
                await Insights.HandoffFacts.FollowTicketAsync(connection, transaction, ticketId, cancellationToken);
                abandoned.Add(team);
            }
        }

        return abandoned;
    }

    public async Task MarkFirstReplyAsync(string ticketId, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            async (connection, transaction) =>
            {
                var marked = await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE tickets SET first_reply_at = @now WHERE id = @ticketId AND first_reply_at IS NULL",
                    new { ticketId, now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                    transaction,
                    cancellationToken: cancellationToken));
                if (marked == 1)
                {
                    await Insights.HandoffFacts.FollowTicketAsync(connection, transaction, ticketId, cancellationToken);
                }

                return marked;
            },
            cancellationToken);
    }

    public async Task AddNoteAsync(string ticketId, string author, string text, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO ticket_notes (ticket_id, author, text, created_at) VALUES (@ticketId, @author, @text, @now)",
                new { ticketId, author, text, now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public async Task<IReadOnlyList<TicketNote>> GetNotesAsync(string ticketId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<NoteRow>(new CommandDefinition(
            "SELECT author, text, created_at AS CreatedAt FROM ticket_notes WHERE ticket_id = @ticketId ORDER BY id",
            new { ticketId },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => new TicketNote(row.Author, row.Text, DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAt)))];
    }

    public async Task AuditAsync(string actor, string action, string? ticketId, string? conversationId, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            async (connection, transaction) =>
            {
                await AuditLog.InsertAsync(connection, transaction, clock.GetUtcNow(), actor, action, ticketId, conversationId, cancellationToken);
                return true;
            },
            cancellationToken);
    }

    public async Task<int> DeleteAuditBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        return await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM audit_log WHERE at < @cutoff",
                new { cutoff = cutoff.ToUnixTimeMilliseconds() },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            "SELECT at, actor, action, ticket_id AS TicketId, conversation_id AS ConversationId FROM audit_log ORDER BY id DESC LIMIT @limit",
            new { limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => new AuditEntry(DateTimeOffset.FromUnixTimeMilliseconds(row.At), row.Actor, row.Action, row.TicketId, row.ConversationId))];
    }

    private static Task<int> InsertEventAsync(
        DbConnection connection, DbTransaction transaction, string ticketId, long at, string actor, TicketStatus? from, TicketStatus to, string? detail, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO ticket_events (ticket_id, at, actor, from_status, to_status, detail) VALUES (@ticketId, @at, @actor, @From, @To, @detail)",
            new { ticketId, at, actor, From = from?.ToString(), To = to.ToString(), detail },
            transaction,
            cancellationToken: cancellationToken));

    private sealed record TicketRow(
        string Id, string ConversationId, string Status, string Team, string Urgency, string Summary, string? AssignedTo, string? Outcome, long CreatedAt, long? ClosedSequence, string Number)
    {
        public TicketRecord ToRecord() => new(
            Id,
            ConversationId,
            Enum.Parse<TicketStatus>(Status),
            Team,
            Enum.Parse<HandoffUrgency>(Urgency),
            DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt),
            JsonSerializer.Deserialize(Summary, HandoffJsonContext.Default.HandoffRequest)!,
            AssignedTo,
            Outcome,
            ClosedSequence,
            Number);
    }

    private sealed record NoteRow(string Author, string Text, long CreatedAt);

    private sealed record AuditRow(long At, string Actor, string Action, string? TicketId, string? ConversationId);
}
