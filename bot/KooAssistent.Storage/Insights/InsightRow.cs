namespace KooAssistent.Storage.Insights;

/// <summary>A row of figures; when <paramref name="Hidden"/>, its counts are left out (fewer than five conversations).</summary>
/// <param name="Cells">Labels first, then counts written with invariant digits; a hidden row's counts are null.</param>
public sealed record InsightRow(IReadOnlyList<string?> Cells, bool Hidden = false);
