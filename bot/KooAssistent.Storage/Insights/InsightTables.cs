namespace KooAssistent.Storage.Insights;

/// <summary>The tables that hold a conversation's insight rows: an erasure deletes them by conversation id.</summary>
public static class InsightTables
{
    public static readonly IReadOnlyList<string> All = ["insight_turns", "insight_feedback", "insight_gaps"];
}
