namespace KooAssistent.Storage.Insights;

/// <summary>Everything stored about one period that the figures are made of.</summary>
public sealed record InsightData(
    IReadOnlyList<InsightTurn> Turns,
    IReadOnlyList<InsightFeedback> Feedback,
    IReadOnlyList<InsightGap> Gaps,
    IReadOnlyList<InsightHandoff> Handoffs);
