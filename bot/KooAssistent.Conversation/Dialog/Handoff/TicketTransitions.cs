namespace KooAssistent.Conversation.Dialog.Handoff;

/// <summary>
/// The guarded transitions of a handoff ticket. Queued → Assigned (a worker claims it) → Resolved, or back to the
/// bot; Queued → Abandoned when the resident left; Assigned → Assigned is a reassignment. Anything else is refused,
/// so a resolved conversation can never silently reopen and the bot never talks over a worker.
/// </summary>
public static class TicketTransitions
{
    public static bool IsAllowed(TicketStatus from, TicketStatus to) => (from, to) switch
    {
        (TicketStatus.Queued, TicketStatus.Assigned) => true,
        (TicketStatus.Queued, TicketStatus.Abandoned) => true,
        (TicketStatus.Queued, TicketStatus.Resolved) => true,
        (TicketStatus.Assigned, TicketStatus.Assigned) => true,
        (TicketStatus.Assigned, TicketStatus.Resolved) => true,
        (TicketStatus.Assigned, TicketStatus.ReturnedToBot) => true,
        _ => false,
    };

    /// <summary>Whether the bot must stay silent: a worker holds the conversation.</summary>
    public static bool WorkerHolds(TicketStatus status) => status == TicketStatus.Assigned;

    /// <summary>Whether the ticket is still open (waiting or with a worker).</summary>
    public static bool IsOpen(TicketStatus status) => status is TicketStatus.Queued or TicketStatus.Assigned;
}
