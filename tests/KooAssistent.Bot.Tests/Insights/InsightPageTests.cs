using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using KooAssistent.Bot.Tests.Staff;
using KooAssistent.Storage.Insights;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Insights;

/// <summary>
/// The figures behind the Inzicht page: equal to counts made straight from the database (the handoff figures from the
/// facts kept per handoff, which outlive the tickets), small cells hidden, each table as CSV, and open to coordinators,
/// beheerders and redacteuren — a redacteur never reaching a ticket, a transcript or the figures per team or wijk.
/// </summary>
public sealed class InsightPageTests : IDisposable
{
    private const string SharedQueue = "Geen wijk of postcode (gedeelde wachtrij)";

    private readonly BotFactory bot = new();

    [Fact]
    public async Task The_figures_equal_the_counts_computed_from_the_seeded_database()
    {
        await InsightSeed.SeedAsync(bot);
        var coordinator = await SignInAsync("coco", StaffRole.Coordinator);

        var report = await ReportAsync(coordinator);

        await using var db = InsightSeed.Open(bot);
        Assert.Equal(await db.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT conversation_id) FROM insight_turns"), (long)report["conversations"]!);
        var perDay = Rows(report, "per-dag");
        var webChatOnTheThird = await db.ExecuteScalarAsync<long>(
            "SELECT COUNT(DISTINCT conversation_id) FROM insight_turns WHERE channel = 'directline' AND at >= @start AND at < @end",
            new { start = Local(2026, 11, 3), end = Local(2026, 11, 4) });
        Assert.Equal(Cell(webChatOnTheThird), Find(perDay, "2026-11-03", "Web Chat")[2]);
        foreach (var (route, label) in new[] { ("Answer", "Beantwoord"), ("Clarify", "Teruggevraagd") })
        {
            var turns = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM insight_turns WHERE route = @route", new { route });
            var conversations = await db.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT conversation_id) FROM insight_turns WHERE route = @route", new { route });
            Assert.Equal(new[] { Cell(turns), Cell(conversations) }, Find(Rows(report, "routes"), label)[1..].Select(cell => cell ?? string.Empty));
        }

        // Six conversations said 👍, enough to show; the two 👎 are too few, and so is the share, which would give them back.
        var article = Find(Rows(report, "artikelen"), "geld-kwijtschelding");
        Assert.Equal(Cell(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM insight_feedback WHERE helped = 1")), article[4]);
        Assert.Equal(2, await db.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT conversation_id) FROM insight_feedback WHERE helped = 0"));
        Assert.Equal(new string?[] { "6", null, null }, article[4..]);

        var waits = (await db.QueryAsync<long>("SELECT first_reply_seconds / 60 FROM insight_handoffs WHERE first_reply_seconds IS NOT NULL ORDER BY 1")).ToList();
        var handoffs = Rows(report, "overdrachten");
        Assert.Equal(Cell(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM insight_handoffs")), handoffs[0][1]);
        Assert.Equal(Cell(waits[(int)Math.Ceiling(0.5 * waits.Count) - 1]), handoffs[1][1]);
        Assert.Equal(Cell(waits[(int)Math.Ceiling(0.9 * waits.Count) - 1]), handoffs[2][1]);
        // By hand: claims after 10..60 minutes, first messages after 11, 45, 33, 42, 90 and 67; median 42, p90 90.
        Assert.Equal(("42", "90"), (handoffs[1][1], handoffs[2][1]));
        Assert.Equal(new[] { "Buurtteam Noord", "6", "6" }, Find(Rows(report, "teams"), "Buurtteam Noord").Select(cell => cell ?? string.Empty));
        Assert.Equal(new[] { "Afgesloten: opgelost", "6" }, Rows(report, "uitkomsten")[0].Select(cell => cell ?? string.Empty));

        var gap = Find(Rows(report, "hiaten"), "parkeervergunning vrag");
        Assert.Equal(Cell(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM insight_gaps WHERE terms = 'parkeervergunning vrag'")), gap[4]);
    }

    [Fact]
    public async Task The_figures_per_Buurtteam_equal_the_handoffs_in_the_seeded_database_with_small_cells_hidden()
    {
        await InsightSeed.SeedTeamsAsync(bot);
        var coordinator = await SignInAsync("coco", StaffRole.Coordinator);

        var report = await ReportAsync(coordinator);

        await using var db = InsightSeed.Open(bot);
        var (start, end) = (Local(2026, 11, 1), Local(2026, 11, 11));
        var teams = Rows(report, "teams");
        foreach (var (team, label) in new[] { ("Buurtteam West", "Buurtteam West"), ("onbekend", SharedQueue) })
        {
            var conversations = await db.ExecuteScalarAsync<long>(
                "SELECT COUNT(DISTINCT conversation_id) FROM insight_handoffs WHERE team = @team AND at >= @start AND at < @end", new { team, start, end });
            var handoffs = await db.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM insight_handoffs WHERE team = @team AND at >= @start AND at < @end", new { team, start, end });
            Assert.Equal(new[] { label, Cell(conversations), Cell(handoffs) }, Find(teams, label));
        }

        // By hand: West's seven conversations had eight handoffs in the period; the one in December is not counted.
        Assert.Equal(new[] { "Buurtteam West", "7", "8" }, Find(teams, "Buurtteam West"));
        Assert.Equal(new string?[] { "Buurtteam Noord", null, null }, Find(teams, "Buurtteam Noord"));
        Assert.Equal(new[] { "Buurtteam Noord", "Buurtteam West", SharedQueue }, teams.Select(row => row[0]));

        var outcomes = Rows(report, "uitkomsten-per-team");
        var resolved = await db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM insight_handoffs WHERE team = 'Buurtteam West' AND status = 'Resolved' AND outcome = 'opgelost' AND at >= @start AND at < @end", new { start, end });
        Assert.Equal(Cell(resolved), Find(outcomes, "Buurtteam West", "Afgesloten: opgelost")[2]);
        Assert.Equal("5", Find(outcomes, SharedQueue, "Afgesloten: doorverwezen-anders")[2]);
        Assert.All(new[] { ("Buurtteam West", "Verlaten"), ("Buurtteam West", "Terug naar de bot"), ("Buurtteam Noord", "Wacht nog") }, cell => Assert.Null(Find(outcomes, cell.Item1, cell.Item2)[2]));
    }

    [Fact]
    public async Task The_figures_per_wijk_equal_the_handoffs_in_the_seeded_database_in_alphabetical_order_with_unknown_last()
    {
        await InsightSeed.SeedTeamsAsync(bot);
        var coordinator = await SignInAsync("coco", StaffRole.Coordinator);

        var report = await ReportAsync(coordinator);

        await using var db = InsightSeed.Open(bot);
        var (start, end) = (Local(2026, 11, 1), Local(2026, 11, 11));
        var wijken = Rows(report, "wijken");
        foreach (var (wijk, label) in new[] { ("West", "West"), (null, "onbekend") })
        {
            var conversations = await db.ExecuteScalarAsync<long>(
                "SELECT COUNT(DISTINCT conversation_id) FROM insight_handoffs WHERE wijk IS @wijk AND at >= @start AND at < @end", new { wijk, start, end });
            var handoffs = await db.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM insight_handoffs WHERE wijk IS @wijk AND at >= @start AND at < @end", new { wijk, start, end });
            Assert.Equal(new[] { label, Cell(conversations), Cell(handoffs) }, Find(wijken, label));
        }

        // By hand: West's five conversations had six handoffs (the one in December is not counted), Noord's three are
        // too few to show, and west-5, west-6 and the shared queue's five named no wijk.
        Assert.Equal([["Noord", null, null], ["West", "5", "6"], ["onbekend", "7", "7"]], wijken);
        Assert.Equal("Per wijk", (string?)report["tables"]!.AsArray().Single(table => (string?)table!["id"] == "wijken")!["title"]);
    }

    [Fact]
    public async Task The_handoff_figures_stay_the_same_after_the_tickets_are_deleted_with_their_conversations()
    {
        await InsightSeed.SeedTeamsAsync(bot);
        var coordinator = await SignInAsync("coco", StaffRole.Coordinator);
        var tables = new[] { "teams", "uitkomsten-per-team", "wijken", "overdrachten", "uitkomsten" };
        var before = await ReportAsync(coordinator);

        await using (var db = InsightSeed.Open(bot))
        {
            // As the retention run deletes a conversation quiet for 28 days: its tickets, their history and notes go too.
            await db.ExecuteAsync("PRAGMA foreign_keys = ON; DELETE FROM conversations");
            Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM tickets"));
        }

        var after = await ReportAsync(coordinator);

        Assert.All(tables, id => Assert.Equal(Rows(before, id), Rows(after, id)));
        Assert.Equal(new[] { "Buurtteam West", "7", "8" }, Find(Rows(after, "teams"), "Buurtteam West"));
        Assert.Equal(new[] { "West", "5", "6" }, Find(Rows(after, "wijken"), "West"));
    }

    [Fact]
    public async Task The_figures_per_Buurtteam_download_as_CSV_with_small_cells_written_as_fewer_than_five()
    {
        await InsightSeed.SeedTeamsAsync(bot);
        var coordinator = await SignInAsync("coco", StaffRole.Coordinator);

        var teams = await CsvLinesAsync(coordinator, "teams");
        var outcomes = await CsvLinesAsync(coordinator, "uitkomsten-per-team");

        Assert.Equal(["Buurtteam,Gesprekken,Overdrachten", "Buurtteam Noord,<5,<5", "Buurtteam West,7,8", SharedQueue + ",5,5"], teams);
        Assert.Equal("Buurtteam,Uitkomst,Overdrachten", outcomes[0]);
        Assert.Contains("Buurtteam West,Afgesloten: opgelost,5", outcomes);
        Assert.Contains("Buurtteam West,Verlaten,<5", outcomes);
        Assert.Contains("Buurtteam Noord,Wacht nog,<5", outcomes);
        Assert.Equal(["Wijk,Gesprekken,Overdrachten", "Noord,<5,<5", "West,5,6", "onbekend,7,7"], await CsvLinesAsync(coordinator, "wijken"));
    }

    [Fact]
    public async Task Cells_with_fewer_than_five_conversations_are_hidden()
    {
        await InsightSeed.SeedAsync(bot);
        var coordinator = await SignInAsync("coco", StaffRole.Coordinator);

        var report = await ReportAsync(coordinator);

        var whatsapp = Find(Rows(report, "per-dag"), "2026-11-04", "WhatsApp");
        Assert.Null(whatsapp[2]);
        var hiddenGap = Assert.Single(report["tables"]!.AsArray().Single(table => (string?)table!["id"] == "hiaten")!["rows"]!.AsArray(), row => (bool)row!["hidden"]!);
        Assert.All(hiddenGap!["cells"]!.AsArray(), cell => Assert.Null(cell));
        Assert.All(Find(Rows(report, "routes"), "Buiten bereik")[1..], Assert.Null);
    }

    [Fact]
    public async Task Inside_a_shown_row_a_count_of_fewer_than_five_conversations_is_hidden_too()
    {
        await InsightSeed.SeedAsync(bot);
        await InsightSeed.SeedTeamsAsync(bot);
        var coordinator = await SignInAsync("coco", StaffRole.Coordinator);

        var report = await ReportAsync(coordinator);

        // Eight conversations used the article: the row shows, its two 👎 and the share that would give them back do not.
        var article = Find(Rows(report, "artikelen"), "geld-kwijtschelding");
        Assert.Equal(new string?[] { "8", "8", "6", null, null }, article[2..]);
        // Twenty-two handoffs in the period, of which two were abandoned (west-5 and west-6).
        Assert.Equal("22", Find(Rows(report, "overdrachten"), "Overdrachten")[1]);
        Assert.Equal(new string?[] { "Verlaten (niemand pakte het op)", null }, Find(Rows(report, "overdrachten"), "Verlaten (niemand pakte het op)"));
        var csv = await CsvLinesAsync(coordinator, "artikelen");
        Assert.Equal("geld-kwijtschelding,geld-kwijtschelding,8,8,6,<5,<5", csv[1]);
        Assert.Contains("Verlaten (niemand pakte het op),<5", await CsvLinesAsync(coordinator, "overdrachten"));
    }

    [Fact]
    public async Task Every_table_downloads_as_CSV_with_small_cells_written_as_fewer_than_five()
    {
        await InsightSeed.SeedAsync(bot);
        var coordinator = await SignInAsync("coco", StaffRole.Coordinator);

        using var response = await coordinator.Http.GetAsync(new Uri($"/staff/api/insights/per-dag.csv?from={InsightSeed.From}&to={InsightSeed.To}", UriKind.Relative));
        var csv = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Dag,Kanaal,Gesprekken", lines[0]);
        Assert.Contains("2026-11-04,WhatsApp,<5", lines);
        Assert.Contains("2026-11-03,Web Chat,8", lines);
    }

    [Fact]
    public async Task A_redacteur_sees_content_figures_and_gaps_but_gets_403_on_the_queue_and_a_transcript()
    {
        await InsightSeed.SeedAsync(bot);
        var redacteur = await SignInAsync("rita", StaffRole.Redacteur);

        var report = await ReportAsync(redacteur);
        using var queue = await redacteur.Http.GetAsync(new Uri("/staff/api/tickets", UriKind.Relative));
        using var transcript = await redacteur.Http.GetAsync(new Uri("/staff/api/tickets/ticket-0", UriKind.Relative));
        using var audit = await redacteur.Http.GetAsync(new Uri("/staff/api/audit", UriKind.Relative));
        using var wijken = await redacteur.Http.GetAsync(new Uri($"/staff/api/insights/wijken.csv?from={InsightSeed.From}&to={InsightSeed.To}", UriKind.Relative));

        var tables = report["tables"]!.AsArray().Select(table => (string?)table!["id"]).ToList();
        Assert.Contains("hiaten", tables);
        Assert.Contains("artikelen", tables);
        Assert.DoesNotContain("teams", tables);
        Assert.DoesNotContain("uitkomsten-per-team", tables);
        Assert.DoesNotContain("wijken", tables);
        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, transcript.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wijken.StatusCode);
    }

    [Fact]
    public async Task A_medewerker_does_not_see_the_figures_and_a_beheerder_does()
    {
        var medewerker = await SignInAsync("mo", StaffRole.Medewerker, "Buurtteam Noord");
        var beheerder = await SignInAsync("bea", StaffRole.Beheerder);

        using var refused = await medewerker.Http.GetAsync(new Uri("/staff/api/insights", UriKind.Relative));
        using var allowed = await beheerder.Http.GetAsync(new Uri("/staff/api/insights", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task A_shown_gap_group_explains_its_example_as_koo_kb_why_does_and_a_small_group_does_not()
    {
        await InsightSeed.SeedAsync(bot);
        var redacteur = await SignInAsync("reda", StaffRole.Redacteur);
        var medewerker = await SignInAsync("mede", StaffRole.Medewerker, "Buurtteam Noord");
        var query = $"/staff/api/insights/why?from={InsightSeed.From}&to={InsightSeed.To}&terms=";

        var why = (await redacteur.Http.GetFromJsonAsync<JsonObject>(query + Uri.EscapeDataString("parkeervergunning vrag")))!;
        using var small = await redacteur.Http.GetAsync(new Uri(query + Uri.EscapeDataString("bus gat laat"), UriKind.Relative));
        using var refused = await medewerker.Http.GetAsync(new Uri(query + Uri.EscapeDataString("parkeervergunning vrag"), UriKind.Relative));

        // The example the page shows for the group, as stored after the redactor, and the same text `koo kb why` prints for it.
        var example = Find(Rows(await ReportAsync(redacteur), "hiaten"), "parkeervergunning vrag")[1]!;
        Assert.Equal(example, (string?)why["question"]);
        Assert.EndsWith("[BSN]", example, StringComparison.Ordinal);
        using var expected = new StringWriter(CultureInfo.InvariantCulture);
        KooAssistent.Conversation.Knowledge.Search.SearchExplanation.Write(
            bot.Services.GetRequiredService<KooAssistent.Conversation.Knowledge.Search.KnowledgeIndex>().Search(example, "nl", 5), expected);
        Assert.Equal(expected.ToString(), (string?)why["explanation"]);
        Assert.StartsWith("Question terms (nl): ", (string?)why["explanation"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, small.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_period_that_is_not_two_days_in_order_is_refused()
    {
        var coordinator = await SignInAsync("coco", StaffRole.Coordinator);

        using var reversed = await coordinator.Http.GetAsync(new Uri("/staff/api/insights?from=2026-11-10&to=2026-11-01", UriKind.Relative));
        using var garbled = await coordinator.Http.GetAsync(new Uri("/staff/api/insights?from=gisteren", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbled.StatusCode);
    }

    public void Dispose() => bot.Dispose();

    private async Task<StaffConsole> SignInAsync(string username, StaffRole role, string? team = null)
    {
        await StaffConsole.AddAccountAsync(bot, username, role, team);
        return await StaffConsole.SignInAsync(bot, username);
    }

    private static async Task<string[]> CsvLinesAsync(StaffConsole staff, string table)
    {
        using var response = await staff.Http.GetAsync(new Uri($"/staff/api/insights/{table}.csv?from={InsightSeed.From}&to={InsightSeed.To}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private static async Task<JsonObject> ReportAsync(StaffConsole staff) =>
        (await staff.Http.GetFromJsonAsync<JsonObject>($"/staff/api/insights?from={InsightSeed.From}&to={InsightSeed.To}"))!;

    private static List<string?[]> Rows(JsonObject report, string id) =>
        [.. report["tables"]!.AsArray().Single(table => (string?)table!["id"] == id)!["rows"]!.AsArray()
            .Select(row => row!["cells"]!.AsArray().Select(cell => (string?)cell).ToArray())];

    private static string?[] Find(List<string?[]> rows, params string[] labels) =>
        rows.Single(row => labels.Select((label, index) => row[index] == label).All(match => match));

    private static string Cell(long count) => count.ToString(CultureInfo.InvariantCulture);

    private static long Local(int year, int month, int day) =>
        new DateTimeOffset(new DateTime(year, month, day), InsightFigures.Zone.GetUtcOffset(new DateTime(year, month, day))).ToUnixTimeMilliseconds();
}
