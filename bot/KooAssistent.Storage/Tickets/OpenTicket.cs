using KooAssistent.Conversation.Dialog.Handoff;

namespace KooAssistent.Storage.Tickets;

/// <summary>What a turn needs of the conversation's open ticket: whether a worker waits on it or holds it, and whose it is.</summary>
public sealed record OpenTicket(string Id, TicketStatus Status, string Team);
