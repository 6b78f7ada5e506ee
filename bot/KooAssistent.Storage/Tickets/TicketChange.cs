namespace KooAssistent.Storage.Tickets;

/// <summary>How an attempt to move a ticket ended.</summary>
public enum TicketChange
{
    Done,

    /// <summary>The ticket is not in a state that allows the move (someone else claimed it, or it is closed).</summary>
    Conflict,

    NotFound,
}
