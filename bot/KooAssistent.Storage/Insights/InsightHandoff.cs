namespace KooAssistent.Storage.Insights;

/// <summary>
/// A handoff as the figures keep it after its ticket is gone: the day it was opened, the team and wijk it went to, how
/// long until a worker first wrote to the resident and how it ended; nothing the resident said.
/// </summary>
/// <param name="Day">Midnight (Europe/Amsterdam) that began the day the ticket was opened.</param>
/// <param name="Wijk">The wijk's name when the resident named it or gave a postcode of it; null when unknown.</param>
/// <param name="Status">Where the ticket stood when last seen: a <c>TicketStatus</c> name.</param>
/// <param name="FirstReplySeconds">Seconds from opening to a worker's first message; null while there is none.</param>
public sealed record InsightHandoff(
    string ConversationId, DateTimeOffset Day, string Team, string? Wijk, string Status, string? Outcome, long? FirstReplySeconds);
