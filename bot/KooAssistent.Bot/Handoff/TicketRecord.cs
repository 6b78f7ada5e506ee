using KooAssistent.Conversation.Dialog.Handoff;

namespace KooAssistent.Bot.Handoff;

/// <summary>A handoff ticket as the staff console sees it.</summary>
public sealed record TicketRecord(
    string Id,
    string ConversationId,
    TicketStatus Status,
    string Team,
    HandoffUrgency Urgency,
    DateTimeOffset WaitingSince,
    HandoffRequest Summary,
    string? AssignedTo,
    string? Outcome);
