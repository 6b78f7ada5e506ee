using System.Text;

namespace KooAssistent.Storage.Insights;

/// <summary>A table as CSV (RFC 4180: comma-separated, quoted where needed); hidden counts are written as "&lt;5".</summary>
public static class InsightCsv
{
    public static string Write(InsightTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder();
        Line(csv, table.Columns);
        foreach (var row in table.Rows)
        {
            Line(csv, [.. row.Cells.Select((cell, index) => cell ?? (index >= table.LabelColumns ? "<5" : string.Empty))]);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Quoted)).Append("\r\n");
    }

    // A cell that starts with = + - or @ could run as a formula when a spreadsheet opens the file (CSV injection);
    // questions residents typed are in these files, so such a cell gets a leading apostrophe.
    private static string Quoted(string cell)
    {
        var safe = cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) && !double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _) ? "'" + cell : cell;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
