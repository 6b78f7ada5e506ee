using KooAssistent.Conversation.Dialog.Handoff;

namespace KooAssistent.Storage.BotConnector;

/// <summary>
/// A ticket to announce in its team's Teams channel: only what a worker's queue row shows and no resident's words,
/// name or number. <see cref="StillWaiting"/> is false once a worker took it, and then nobody needs to be called.
/// </summary>
public sealed record TeamsNotice(string TicketId, string Team, string Number, HandoffUrgency Urgency, bool StillWaiting);
