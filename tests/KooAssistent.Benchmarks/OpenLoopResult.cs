namespace KooAssistent.Benchmarks;

/// <summary>What an open-loop run measured, summarised for the report.</summary>
public sealed record OpenLoopResult(
    int ConversationsOpen,
    int ConversationsFailed,
    TimeSpan Setup,
    TimeSpan MeasuredWallTime,
    IReadOnlyList<OpenLoopSample> Samples,
    string CpuDuringMeasurement)
{
    public IReadOnlyDictionary<string, int> Errors { get; } = Samples
        .Where(sample => sample.Error is not null)
        .GroupBy(sample => sample.Error!, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

    public int Completed => Samples.Count(sample => sample.Error is null);

    public double TurnsPerSecond => MeasuredWallTime > TimeSpan.Zero ? Completed / MeasuredWallTime.TotalSeconds : 0;

    public LatencySummary TurnLatency => LatencySummary.Of(Samples.Where(sample => sample.Error is null).Select(sample => sample.TurnMs));

    public LatencySummary AckLatency => LatencySummary.Of(Samples.Where(sample => sample.Error is null).Select(sample => sample.AckMs));

    public LatencySummary SendLag => LatencySummary.Of(Samples.Select(sample => sample.SendLagMs));

    public bool Passed => ConversationsFailed == 0 && Errors.Count == 0 && Samples.Count > 0;
}
