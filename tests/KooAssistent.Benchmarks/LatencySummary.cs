namespace KooAssistent.Benchmarks;

/// <summary>Percentiles over every sample (nearest rank), in milliseconds; no histogram, so no rounding.</summary>
public sealed record LatencySummary(int Count, double Mean, double P50, double P90, double P99, double Max)
{
    /// <summary>The 99.9th percentile; only meaningful with a few thousand samples or more.</summary>
    public double P999 { get; init; } = double.NaN;

    public static LatencySummary Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new LatencySummary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        return new LatencySummary(
            sorted.Length,
            sorted.Average(),
            Percentile(sorted, 50),
            Percentile(sorted, 90),
            Percentile(sorted, 99),
            sorted[^1])
        {
            P999 = Percentile(sorted, 99.9),
        };
    }

    /// <summary>The smallest sample with at least <paramref name="percent"/> % of all samples at or below it.</summary>
    public static double Percentile(double[] sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
