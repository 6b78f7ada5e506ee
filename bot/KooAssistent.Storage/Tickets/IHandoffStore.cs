using KooAssistent.Conversation.Dialog.Handoff;

namespace KooAssistent.Storage.Tickets;

/// <summary>Tickets, notes and the audit log. Every move is guarded in the database, so two workers can never both hold a ticket.</summary>
public interface IHandoffStore
{
    Task<TicketRecord?> GetOpenTicketForConversationAsync(string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<TicketRecord>> ListTicketsAsync(TicketStatus? status, string? team, CancellationToken cancellationToken);

    /// <summary>A ticket by its id or by its short number as a worker reads it out ("K4M-9QXT", "k4m9qxt").</summary>
    Task<TicketRecord?> GetTicketAsync(string ticketId, CancellationToken cancellationToken);

    /// <summary>Moves a ticket from one of <paramref name="from"/> to <paramref name="target"/> in one guarded update.</summary>
    Task<TicketChange> MoveAsync(string ticketId, IReadOnlyList<TicketStatus> from, TicketStatus target, string actor, string? assignedTo, string? outcome, CancellationToken cancellationToken);

    /// <summary>
    /// Marks waiting tickets Abandoned when the resident wrote nothing since <paramref name="cutoff"/>; returns the teams
    /// of the tickets this call abandoned, one per ticket. A ticket another instance's sweep abandoned first is left to
    /// that sweep: one history entry, one team named.
    /// </summary>
    Task<IReadOnlyList<string>> AbandonStaleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Notes the first time a worker wrote to the resident on this ticket; later messages change nothing.</summary>
    Task MarkFirstReplyAsync(string ticketId, CancellationToken cancellationToken);

    Task AddNoteAsync(string ticketId, string author, string text, CancellationToken cancellationToken);

    Task<IReadOnlyList<TicketNote>> GetNotesAsync(string ticketId, CancellationToken cancellationToken);

    Task AuditAsync(string actor, string action, string? ticketId, string? conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Deletes audit entries from before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteAuditBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
