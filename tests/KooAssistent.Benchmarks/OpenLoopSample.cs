namespace KooAssistent.Benchmarks;

/// <summary>
/// One open-loop message, in milliseconds from its intended send time: until the POST was acknowledged and until the
/// reply arrived, and how late the generator itself sent it.
/// </summary>
public sealed record OpenLoopSample(double AckMs, double TurnMs, double SendLagMs, string? Error, long FinishedAt);
