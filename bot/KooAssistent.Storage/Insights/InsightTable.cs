namespace KooAssistent.Storage.Insights;

/// <summary>
/// One table of the Inzicht page, the CSV export and <c>koo insights</c>: Dutch column names, and rows whose first
/// <see cref="LabelColumns"/> cells name the row and the rest are counts.
/// </summary>
/// <param name="Id">Stable name for links, CSV file names and the page's charts.</param>
public sealed record InsightTable(string Id, string Title, IReadOnlyList<string> Columns, int LabelColumns, IReadOnlyList<InsightRow> Rows);
