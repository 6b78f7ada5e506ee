using Dapper;
using KooAssistent.Storage.Insights;
using KooAssistent.Storage.Sqlite;
using KooAssistent.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace KooAssistent.Cli.Tests;

/// <summary><c>koo insights</c> on a database with a known week: the page's figures in the terminal and as CSV.</summary>
public sealed class InsightsCommandTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 11, 3, 10, 0, 0, TimeSpan.Zero);
    private readonly TemporaryDirectory data = new();

    private FileInfo DatabaseFile => new(Path.Combine(data.Path, "koo.db"));

    private BotDatabase Database => BotDatabase.Sqlite(DatabaseFile);

    [Fact]
    public async Task The_figures_of_a_period_are_printed_with_small_cells_left_out()
    {
        await SeedAsync();
        var output = new StringWriter();

        var exit = await InsightsCommand.RunAsync("2026-11-01", "2026-11-10", csv: false, tableId: null, Database, new ManualClock(Day), output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("Inzicht 2026-11-01 tot en met 2026-11-10: 9 gesprekken.", text, StringComparison.Ordinal);
        Assert.Matches(@"2026-11-03\s+Web Chat\s+6", text);
        Assert.Matches(@"2026-11-04\s+WhatsApp\s+<5", text);
        // The article's row rests on six conversations and shows; its four 👍, two 👎 and their share rest on fewer.
        Assert.Matches(@"geld-kwijtschelding\s+geld-kwijtschelding\s+6\s+6\s+<5\s+<5\s+<5", text);
        Assert.DoesNotContain("66.7", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_table_as_CSV_is_plain_CSV()
    {
        await SeedAsync();
        var output = new StringWriter();

        var exit = await InsightsCommand.RunAsync("2026-11-01", "2026-11-10", csv: true, tableId: "per-dag", Database, new ManualClock(Day), output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Equal("Dag,Kanaal,Gesprekken\r\n2026-11-03,Web Chat,6\r\n2026-11-04,WhatsApp,<5\r\n", output.ToString());
    }

    [Fact]
    public async Task The_figures_per_Buurtteam_are_printed_and_written_as_CSV_with_small_cells_left_out()
    {
        await SeedAsync();
        await SeedTicketsAsync();
        var text = new StringWriter();
        var all = new StringWriter();
        var outcomes = new StringWriter();

        var exits = new[]
        {
            await InsightsCommand.RunAsync("2026-11-01", "2026-11-10", csv: false, tableId: "teams", Database, new ManualClock(Day), text, TextWriter.Null, CancellationToken.None),
            await InsightsCommand.RunAsync("2026-11-01", "2026-11-10", csv: true, tableId: null, Database, new ManualClock(Day), all, TextWriter.Null, CancellationToken.None),
            await InsightsCommand.RunAsync("2026-11-01", "2026-11-10", csv: true, tableId: "uitkomsten-per-team", Database, new ManualClock(Day), outcomes, TextWriter.Null, CancellationToken.None),
        };

        Assert.Equal([0, 0, 0], exits);
        Assert.Contains("Per Buurtteam", text.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"Buurtteam Noord\s+<5\s+<5", text.ToString());
        Assert.Matches(@"Buurtteam West\s+5\s+6", text.ToString());
        Assert.Contains("# teams: Per Buurtteam", all.ToString(), StringComparison.Ordinal);
        Assert.Contains("Buurtteam,Gesprekken,Overdrachten\r\nBuurtteam Noord,<5,<5\r\nBuurtteam West,5,6\r\n", all.ToString(), StringComparison.Ordinal);
        Assert.Equal("Buurtteam,Uitkomst,Overdrachten\r\nBuurtteam Noord,Wacht nog,<5\r\nBuurtteam West,Afgesloten: opgelost,5\r\nBuurtteam West,Terug naar de bot,<5\r\n", outcomes.ToString());
    }

    [Fact]
    public async Task The_figures_per_wijk_are_printed_and_written_as_CSV_with_unknown_last_and_small_cells_left_out()
    {
        await SeedAsync();
        await SeedTicketsAsync();
        var text = new StringWriter();
        var all = new StringWriter();
        var wijken = new StringWriter();

        var exits = new[]
        {
            await InsightsCommand.RunAsync("2026-11-01", "2026-11-10", csv: false, tableId: "wijken", Database, new ManualClock(Day), text, TextWriter.Null, CancellationToken.None),
            await InsightsCommand.RunAsync("2026-11-01", "2026-11-10", csv: true, tableId: null, Database, new ManualClock(Day), all, TextWriter.Null, CancellationToken.None),
            await InsightsCommand.RunAsync("2026-11-01", "2026-11-10", csv: true, tableId: "wijken", Database, new ManualClock(Day), wijken, TextWriter.Null, CancellationToken.None),
        };

        Assert.Equal([0, 0, 0], exits);
        Assert.Contains("Per wijk", text.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"West\s+5\s+6", text.ToString());
        Assert.Matches(@"onbekend\s+<5\s+<5", text.ToString());
        Assert.Contains("# wijken: Per wijk", all.ToString(), StringComparison.Ordinal);
        Assert.Contains("Wijk,Gesprekken,Overdrachten\r\nWest,5,6\r\nonbekend,<5,<5\r\n", all.ToString(), StringComparison.Ordinal);
        Assert.Equal("Wijk,Gesprekken,Overdrachten\r\nWest,5,6\r\nonbekend,<5,<5\r\n", wijken.ToString());
    }

    [Fact]
    public async Task A_period_the_wrong_way_round_or_an_unknown_table_fails_with_a_message()
    {
        await SeedAsync();
        var errors = new StringWriter();

        var reversed = await InsightsCommand.RunAsync("2026-11-10", "2026-11-01", csv: false, tableId: null, Database, new ManualClock(Day), TextWriter.Null, errors, CancellationToken.None);
        var unknown = await InsightsCommand.RunAsync(null, null, csv: false, tableId: "gesprekken", Database, new ManualClock(Day), TextWriter.Null, errors, CancellationToken.None);
        var missing = await InsightsCommand.RunAsync(null, null, csv: false, tableId: null, BotDatabase.Sqlite(new FileInfo(Path.Combine(data.Path, "elders.db"))), new ManualClock(Day), TextWriter.Null, errors, CancellationToken.None);

        Assert.Equal([1, 1, 1], new[] { reversed, unknown, missing });
        Assert.Contains("--from not after --to", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("no table 'gesprekken'", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("there is no database", errors.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();

    /// <summary>
    /// Buurtteam West: five conversations in wijk West, one handed off twice (back to the bot first); Buurtteam Noord:
    /// two waiting, of unknown wijk. Each ticket with the fact the figures keep of it.
    /// </summary>
    private async Task SeedTicketsAsync()
    {
        var tickets = Enumerable.Range(0, 5).Select(index => ($"west-{index}", "Buurtteam West", (string?)"West", "Resolved", (string?)"opgelost", 0))
            .Append(("west-0", "Buurtteam West", "West", "ReturnedToBot", null, 1))
            .Concat(Enumerable.Range(0, 2).Select(index => ($"noord-{index}", "Buurtteam Noord", (string?)null, "Queued", (string?)null, 0)));
        await using var db = new SqliteConnection($"Data Source={DatabaseFile.FullName}");
        var created = Day.ToUnixTimeMilliseconds();
        foreach (var (conversation, team, wijk, status, outcome, second) in tickets)
        {
            var id = $"{conversation}-{second}";
            await db.ExecuteAsync(
                "INSERT INTO conversations (id, channel, user_id, created_at, updated_at) VALUES (@conversation, 'directline', @conversation, @created, @created) ON CONFLICT (id) DO NOTHING",
                new { conversation, created });
            await db.ExecuteAsync(
                "INSERT INTO tickets (id, conversation_id, status, team, urgency, summary, outcome, created_at, updated_at, number) VALUES (@id, @conversation, @status, @team, 'Normal', '{}', @outcome, @created, @created, @id)",
                new { id, conversation, status, team, outcome, created });
            await db.ExecuteAsync(
                "INSERT INTO insight_handoffs (ticket_id, conversation_id, at, team, wijk, status, outcome) VALUES (@id, @conversation, @day, @team, @wijk, @status, @outcome)",
                new { id, conversation, day = InsightFigures.StartOfDay(Day).ToUnixTimeMilliseconds(), team, wijk, status, outcome });
        }
    }

    private async Task SeedAsync()
    {
        using var connections = new SqliteConnectionFactory($"Data Source={DatabaseFile.FullName}");
        await new SqliteMigrator(connections, new ManualClock(), NullLogger<SqliteMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var store = new SqliteInsightStore(connections);
        for (var index = 0; index < 6; index++)
        {
            var id = $"web-{index}";
            await store.RecordAsync(new InsightRecord(new InsightTurn(id, "directline", Day, "Answer", "geld", "geld-kwijtschelding"), new InsightFeedback(id, "geld-kwijtschelding", index < 4, Day)), CancellationToken.None);
        }

        for (var index = 0; index < 3; index++)
        {
            await store.RecordAsync(new InsightRecord(new InsightTurn($"wa-{index}", "whatsapp", Day.AddDays(1), "OutOfScope", string.Empty, null)), CancellationToken.None);
        }
    }
}
