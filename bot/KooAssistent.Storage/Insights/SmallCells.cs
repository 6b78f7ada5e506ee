namespace KooAssistent.Storage.Insights;

/// <summary>
/// The rule that keeps residents from being singled out: a figure that rests on fewer than five conversations is not
/// shown (the threshold statistics offices use for small cells, e.g. CBS's rule of thumb for microdata output). The
/// rule holds for every count on its own, not only for a row: a visible row can still hold a hidden cell.
/// </summary>
public static class SmallCells
{
    public const int MinimumConversations = 5;

    public static bool Hides(int conversations) => conversations < MinimumConversations;

    /// <summary>A row with its labels and counts, or only its labels when it rests on too few conversations.</summary>
    public static InsightRow Row(int conversations, IReadOnlyList<string> labels, params double[] counts)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(counts);
        var hidden = Hides(conversations);
        return new InsightRow([.. labels, .. counts.Select(count => hidden ? null : Number(count))], hidden);
    }

    /// <summary>One count, or null (shown as hidden) when the conversations it rests on are too few.</summary>
    public static string? Count(int conversations, double count) => Hides(conversations) ? null : Number(count);

    public static string Number(double value) =>
        Math.Round(value, 1).ToString(Math.Abs(value % 1) < 0.05 ? "0" : "0.0", System.Globalization.CultureInfo.InvariantCulture);
}
