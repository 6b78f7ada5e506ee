using KooAssistent.Conversation.Dialog.Handoff;

namespace KooAssistent.Storage.Tickets;

/// <summary>
/// A handoff ticket as the staff console sees it. <see cref="ClosedSequence"/> is the conversation's last activity when
/// the ticket ended, where its transcript ends; null while it is open. <see cref="Number"/> is the short number a
/// worker reads out on the phone (<see cref="TicketNumber"/>).
/// </summary>
public sealed record TicketRecord(
    string Id,
    string ConversationId,
    TicketStatus Status,
    string Team,
    HandoffUrgency Urgency,
    DateTimeOffset WaitingSince,
    HandoffRequest Summary,
    string? AssignedTo,
    string? Outcome,
    long? ClosedSequence,
    string Number);
