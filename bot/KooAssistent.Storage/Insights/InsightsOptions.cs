using System.ComponentModel.DataAnnotations;

namespace KooAssistent.Storage.Insights;

public sealed class InsightsOptions
{
    public const string SectionName = "Insights";

    /// <summary>
    /// How long turns, feedback, gaps and handoff facts are kept. Ninety days covers the quarter Koo reports on; editors
    /// read the gaps weekly, so nothing they need is older.
    /// </summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 90;
}
