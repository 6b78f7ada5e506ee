namespace KooAssistent.Storage.Tickets;

/// <summary>One line of the audit log: who did what with which ticket, and when.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string? TicketId, string? ConversationId);
