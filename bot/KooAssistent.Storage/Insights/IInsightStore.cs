namespace KooAssistent.Storage.Insights;

/// <summary>Turns by route, feedback per article, the gaps store, the handoff facts, and reading them back for a period.</summary>
public interface IInsightStore
{
    Task RecordAsync(InsightRecord record, CancellationToken cancellationToken);

    /// <summary>Everything from <paramref name="start"/> (inclusive) to <paramref name="until"/> (exclusive).</summary>
    Task<InsightData> ReadAsync(DateTimeOffset start, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Deletes rows older than <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
