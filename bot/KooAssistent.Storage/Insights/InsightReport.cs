namespace KooAssistent.Storage.Insights;

/// <summary>The figures of one period, from the first day to the last (both included, days of <c>Europe/Amsterdam</c>).</summary>
/// <param name="Conversations">Conversations with at least one decided turn; null when fewer than five.</param>
public sealed record InsightReport(DateOnly From, DateOnly To, int? Conversations, IReadOnlyList<InsightTable> Tables)
{
    public InsightTable Table(string id) => Tables.Single(table => table.Id == id);
}
