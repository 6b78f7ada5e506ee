using System.CommandLine;
using System.Globalization;
using KooAssistent.Storage.Insights;

namespace KooAssistent.Cli;

/// <summary>
/// <c>koo insights [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--csv] [--table id] [--database file]</c>: the figures of the
/// staff console's Inzicht page for a period, in the terminal or as CSV, computed by the same code, with the same
/// small cells left out.
/// </summary>
internal static class InsightsCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "First day (yyyy-MM-dd, Europe/Amsterdam); default 29 days before --to." };
        var to = new Option<string?>("--to") { Description = "Last day, included (yyyy-MM-dd); default today." };
        var csv = new Option<bool>("--csv") { Description = "Write CSV instead of aligned columns." };
        var table = new Option<string?>("--table") { Description = "Only this table: per-dag, routes, routes-per-dag, themas, teams, uitkomsten-per-team, wijken, artikelen, overdrachten, uitkomsten or hiaten." };
        var database = new Option<FileInfo?>("--database") { Description = DatabaseLocation.OptionDescription };
        var command = new Command("insights", "Print the Inzicht figures for a period: conversations, routes, themes, Buurtteams, wijken, articles with 👍/👎, handoffs and gaps.") { from, to, csv, table, database };
        command.SetAction(async (parse, cancellationToken) => await RunAsync(
            parse.GetValue(from), parse.GetValue(to), parse.GetValue(csv), parse.GetValue(table), BotDatabase.FromCommandLine(parse.GetValue(database)), TimeProvider.System, Console.Out, Console.Error, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(
        string? from, string? to, bool csv, string? tableId, BotDatabase database, TimeProvider clock, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), InsightFigures.Zone).DateTime);
        if (!TryDay(to, today, out var last) || !TryDay(from, last.AddDays(-29), out var first) || first > last)
        {
            await errors.WriteLineAsync("koo insights: --from and --to are days (yyyy-MM-dd), --from not after --to.");
            return 1;
        }

        ArgumentNullException.ThrowIfNull(database);
        await using var stores = await database.OpenExistingAsync("koo insights", errors, cancellationToken);
        if (stores is null)
        {
            return 1;
        }

        var (start, until) = InsightFigures.Period(first, last);
        var data = await stores.Insights.ReadAsync(start, until, cancellationToken);
        var report = InsightFigures.Compute(data, first, last);
        var tables = report.Tables.Where(candidate => tableId is null || candidate.Id == tableId).ToList();
        if (tables.Count == 0)
        {
            await errors.WriteLineAsync($"koo insights: no table '{tableId}'; the tables are {string.Join(", ", report.Tables.Select(candidate => candidate.Id))}.");
            return 1;
        }

        if (csv)
        {
            // One table is plain CSV; several are separated by a blank line, each after a line naming it.
            foreach (var table in tables)
            {
                if (tables.Count > 1)
                {
                    await output.WriteLineAsync($"# {table.Id}: {table.Title}");
                }

                await output.WriteAsync(InsightCsv.Write(table));
                if (tables.Count > 1)
                {
                    await output.WriteLineAsync();
                }
            }

            return 0;
        }

        await output.WriteLineAsync($"Inzicht {Day(first)} tot en met {Day(last)}: {(report.Conversations is { } count ? count.ToString(CultureInfo.InvariantCulture) : "minder dan 5")} gesprekken. Cijfers van minder dan 5 gesprekken staan er niet.");
        foreach (var table in tables)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync(table.Title);
            await output.WriteAsync(Aligned(table));
        }

        return 0;
    }

    /// <summary>The table in columns as wide as their widest cell; counts right-aligned, hidden ones as "&lt;5".</summary>
    internal static string Aligned(InsightTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<string[]> { table.Columns.ToArray() };
        rows.AddRange(table.Rows.Select(row => row.Cells.Select((cell, index) => cell ?? (index >= table.LabelColumns ? "<5" : "–")).ToArray()));
        var widths = Enumerable.Range(0, table.Columns.Count).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var text = new System.Text.StringBuilder();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, index) => index >= table.LabelColumns ? cell.PadLeft(widths[index]) : cell.PadRight(widths[index]));
            text.Append("  ").AppendJoin("  ", cells).AppendLine();
        }

        if (table.Rows.Count == 0)
        {
            text.AppendLine("  (geen gegevens in deze periode)");
        }

        return text.ToString();
    }

    private static bool TryDay(string? text, DateOnly fallback, out DateOnly day)
    {
        day = fallback;
        return text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
