namespace KooAssistent.Benchmarks;

/// <summary>Everything the report prints, gathered after the run.</summary>
public sealed record BenchmarkResult(
    int ConversationsStarted,
    int ConversationsFinished,
    int TurnsPlanned,
    int TurnsCompleted,
    IReadOnlyDictionary<string, int> Errors,
    TimeSpan Setup,
    TimeSpan MeasuredWallTime,
    LatencySummary TurnLatency,
    LatencySummary AckLatency,
    string CpuDuringMeasurement)
{
    public int ErrorCount => Errors.Values.Sum();

    public double TurnsPerSecond => MeasuredWallTime > TimeSpan.Zero ? TurnsCompleted / MeasuredWallTime.TotalSeconds : 0;

    public bool Passed => ErrorCount == 0 && TurnsCompleted == TurnsPlanned;
}
