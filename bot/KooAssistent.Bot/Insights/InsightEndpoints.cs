using System.Globalization;
using KooAssistent.Bot.Staff;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Search;
using KooAssistent.Storage.Insights;
using KooAssistent.Storage.Staff;

namespace KooAssistent.Bot.Insights;

/// <summary>
/// The figures behind the Inzicht page, for coordinators, beheerders and redacteuren: the whole report as JSON, and
/// each table as CSV, and how search reads a group of unanswered questions. A redacteur gets the content figures and the gaps, not the handoffs per team.
/// </summary>
public static class InsightEndpoints
{
    /// <summary>Tables about Buurtteams' work and where handed-off residents live, not about content: coordinators and beheerders only.</summary>
    private static readonly HashSet<string> HandoffTables = new(StringComparer.Ordinal) { "teams", "uitkomsten-per-team", "wijken", "overdrachten", "uitkomsten" };

    /// <summary>The longest period one request may ask for; the store keeps 90 days by default anyway.</summary>
    private const int MaxDays = 400;

    public static void Map(RouteGroupBuilder api)
    {
        var insights = api.MapGroup("/insights").RequireAuthorization();
        insights.MapGet("/", ReportAsync);
        insights.MapGet("/{table}.csv", CsvAsync);
        insights.MapGet("/why", WhyAsync);
    }

    private static async Task<IResult> ReportAsync(HttpContext http, IInsightStore store, KnowledgeBase knowledge, TimeProvider clock, string? from, string? to, CancellationToken cancellationToken)
    {
        if (!Allowed(http, out var user, out var refused) || !Period(from, to, clock, out var first, out var last, out refused))
        {
            return refused;
        }

        var report = await ComputeAsync(store, knowledge, user, first, last, cancellationToken);
        return Results.Json(report, InsightsJsonContext.Default.InsightReport);
    }

    private static async Task<IResult> CsvAsync(HttpContext http, IInsightStore store, KnowledgeBase knowledge, TimeProvider clock, string table, string? from, string? to, CancellationToken cancellationToken)
    {
        if (!Allowed(http, out var user, out var refused) || !Period(from, to, clock, out var first, out var last, out refused))
        {
            return refused;
        }

        var report = await ComputeAsync(store, knowledge, user, first, last, cancellationToken);
        if (report.Tables.FirstOrDefault(candidate => candidate.Id == table) is not { } found)
        {
            return StaffErrors.Problem(StatusCodes.Status404NotFound, "NotFound", "No such table.");
        }

        var name = $"{found.Id}-{Day(first)}-{Day(last)}.csv";
        return Results.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(InsightCsv.Write(found))).ToArray(), "text/csv; charset=utf-8", name);
    }

    /// <summary>
    /// How search reads a gap group's example — the redacted question the page shows, so nothing more — as
    /// <c>koo kb why</c> prints it. A group too small to show its words has no example and gets 404 like an unknown one.
    /// </summary>
    private static async Task<IResult> WhyAsync(
        HttpContext http, IInsightStore store, KnowledgeBase knowledge, KnowledgeIndex index, TimeProvider clock, string? from, string? to, string? terms, CancellationToken cancellationToken)
    {
        if (!Allowed(http, out var user, out var refused) || !Period(from, to, clock, out var first, out var last, out refused))
        {
            return refused;
        }

        var report = await ComputeAsync(store, knowledge, user, first, last, cancellationToken);
        var row = report.Tables.Single(table => table.Id == InsightFigures.GapTable).Rows
            .FirstOrDefault(candidate => !candidate.Hidden && string.Equals(candidate.Cells[0], terms, StringComparison.Ordinal));
        if (row?.Cells[1] is not { } example)
        {
            return StaffErrors.Problem(StatusCodes.Status404NotFound, "NotFound", "No shown group of questions with these terms in the period.");
        }

        var (start, until) = InsightFigures.Period(first, last);
        var language = (await store.ReadAsync(start, until, cancellationToken)).Gaps.LastOrDefault(gap => gap.Text == example)?.Language ?? "nl";
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        SearchExplanation.Write(index.Search(example, language, 5), output);
        return Results.Json(new GapExplanation(example, output.ToString()), InsightsJsonContext.Default.GapExplanation);
    }

    private static async Task<InsightReport> ComputeAsync(IInsightStore store, KnowledgeBase knowledge, StaffUser user, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var (start, until) = InsightFigures.Period(first, last);
        var data = await store.ReadAsync(start, until, cancellationToken);
        var titles = knowledge.Articles.GroupBy(article => article.Id, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().Title, StringComparer.Ordinal);
        var report = InsightFigures.Compute(data, first, last, id => titles.GetValueOrDefault(id, id));
        return user.Role == StaffRole.Redacteur
            ? report with { Tables = [.. report.Tables.Where(candidate => !HandoffTables.Contains(candidate.Id))] }
            : report;
    }

    private static bool Allowed(HttpContext http, out StaffUser user, out IResult refused)
    {
        user = StaffUser.From(http.User)!;
        refused = StaffErrors.Problem(StatusCodes.Status403Forbidden, "Forbidden", "Only coordinators, beheerders and redacteuren see the figures.");
        return user is { Role: StaffRole.Coordinator or StaffRole.Beheerder or StaffRole.Redacteur };
    }

    /// <summary>The days asked for (yyyy-MM-dd, both included); by default the last 30 days up to today.</summary>
    private static bool Period(string? from, string? to, TimeProvider clock, out DateOnly first, out DateOnly last, out IResult refused)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), InsightFigures.Zone).DateTime);
        first = today.AddDays(-29);
        last = today;
        refused = StaffErrors.Problem(StatusCodes.Status400BadRequest, "BadArgument", $"from and to are days (yyyy-MM-dd), from not after to, at most {MaxDays} days apart.");
        if ((from is not null && !DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first))
            || (to is not null && !DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out last)))
        {
            return false;
        }

        return first <= last && last.DayNumber - first.DayNumber <= MaxDays;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
