namespace KooAssistent.Storage.Insights;

/// <summary>
/// The tables that hold a conversation's insight rows, each with a <c>conversation_id</c> and an <c>at</c>: an erasure
/// deletes them by conversation id, the retention run by age.
/// </summary>
public static class InsightTables
{
    public static readonly IReadOnlyList<string> All = ["insight_turns", "insight_feedback", "insight_gaps", "insight_handoffs"];
}
