using KooAssistent.Storage.Tickets;

namespace KooAssistent.Storage;

/// <summary>
/// Everything a turn reads before the brain runs, read at once: the oldest pending turn, its conversation (with the
/// brain state), the resident's activity it answers, and the conversation's open ticket.
/// </summary>
/// <param name="Inbound">The activity the turn answers; null for a turn without one (the conversation's start).</param>
/// <param name="Ticket">The conversation's ticket that is queued or held by a worker; null when there is none.</param>
public sealed record NextTurn(PendingTurn Turn, StoredConversation Conversation, StoredActivity? Inbound, OpenTicket? Ticket);
