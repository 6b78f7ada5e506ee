using KooAssistent.Conversation.Dialog.Handoff;

namespace KooAssistent.Storage.Tickets;

/// <summary>A ticket to open in the same transaction as the turn in which the resident agreed to the handoff.</summary>
public sealed record NewTicket(string Id, string Team, HandoffRequest Request)
{
    /// <summary>The wijk's name for the figures per wijk, when the resident's answer placed them in one.</summary>
    public string? Wijk { get; init; }
}
