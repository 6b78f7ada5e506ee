namespace KooAssistent.Storage.Insights;

/// <summary>One decided turn as the figures count it: where, when, which route, theme and article; never the text.</summary>
public sealed record InsightTurn(string ConversationId, string Channel, DateTimeOffset At, string Route, string Theme, string? ArticleId);
