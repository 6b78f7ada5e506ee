namespace KooAssistent.Storage.Insights;

/// <summary>A resident's 👍 (<paramref name="Helped"/>) or 👎 on an article.</summary>
public sealed record InsightFeedback(string ConversationId, string ArticleId, bool Helped, DateTimeOffset At);
