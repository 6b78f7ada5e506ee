namespace KooAssistent.Storage.Insights;

/// <summary>What one turn adds to the figures, written together.</summary>
public sealed record InsightRecord(InsightTurn Turn, InsightFeedback? Feedback = null, InsightGap? Gap = null);
