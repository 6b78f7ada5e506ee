namespace KooAssistent.Conversation.Dialog.Handoff;

/// <summary>The life of a handoff ticket: waiting, with a worker, and how it ended.</summary>
public enum TicketStatus
{
    Queued,
    Assigned,
    Resolved,
    ReturnedToBot,
    Abandoned,
}
