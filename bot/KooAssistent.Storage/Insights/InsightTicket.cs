namespace KooAssistent.Storage.Insights;

/// <summary>A handoff ticket as the figures see it: team, how it ended and when a worker first wrote to the resident.</summary>
public sealed record InsightTicket(string ConversationId, string Team, string Status, string? Outcome, DateTimeOffset CreatedAt, DateTimeOffset? FirstReplyAt);
