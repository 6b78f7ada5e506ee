namespace KooAssistent.Storage.Insights;

/// <summary>
/// A row of figures. A count cell is null when it rests on fewer than five conversations; when the row as a whole
/// does, it is <paramref name="Hidden"/>: every count is null, and so is every label that could point at a resident
/// (a gap group's words, kinds and themes).
/// </summary>
/// <param name="Cells">Labels first, then counts written with invariant digits; a hidden count is null.</param>
public sealed record InsightRow(IReadOnlyList<string?> Cells, bool Hidden = false);
