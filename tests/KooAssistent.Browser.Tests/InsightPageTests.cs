using Dapper;
using KooAssistent.Storage.Insights;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// The Inzicht page in a real browser, on a bot of its own with a week of figures: as a coordinator every chart draws
/// beside its table and axe reports nothing; as a redacteur the page opens without the handoff figures, and a
/// transcript stays closed. The coordinator's view is the README's picture (docs/staff-insight-1400x900.png).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class InsightPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_coordinator_sees_every_chart_with_its_table_and_axe_reports_nothing()
    {
        using var bot = new BotFactory();
        var page = await OpenAsync(bot, StaffRole.Coordinator, "c.jansen");

        await Expect(page.Locator("#figuur-overdrachten")).ToBeVisibleAsync();
        var charts = page.Locator("canvas");
        Assert.True(await charts.CountAsync() >= 6);
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('canvas')].every(canvas => window.Chart.getChart(canvas) && canvas.width > 0)"));
        foreach (var section in await page.Locator("section.figure").AllAsync())
        {
            await Expect(section.Locator("table caption")).ToHaveCountAsync(1);
        }

        await Expect(page.Locator("#figuur-per-dag table")).ToContainTextAsync("Web Chat");
        await Expect(page.Locator("#figuur-per-dag table")).ToContainTextAsync("minder dan 5");
        await Expect(page.Locator("#figuur-hiaten table")).ToContainTextAsync("parkeervergunning");
        await Expect(page.Locator("#figuur-teams table")).ToContainTextAsync("Buurtteam West");
        await Expect(page.Locator("#figuur-uitkomsten-per-team canvas")).ToHaveCountAsync(1);
        await Expect(page.Locator("#figuur-uitkomsten-per-team table")).ToContainTextAsync("Afgesloten: doorverwezen-anders");
        await Expect(page.Locator("#figuur-uitkomsten-per-team table")).ToContainTextAsync("minder dan 5");
        await Expect(page.Locator("#figuur-wijken canvas")).ToHaveCountAsync(1);
        await Expect(page.Locator("#figuur-wijken table")).ToContainTextAsync("onbekend");

        // Each article rests on eight conversations, its 👎 on two: the row shows, the 👎 and the share do not, and the
        // chart draws no 👎 bar rather than a bar of 0.
        await Expect(page.Locator("#figuur-artikelen tbody tr").First.Locator("td").Nth(5)).ToHaveTextAsync("minder dan 5");
        await Expect(page.Locator("#figuur-artikelen tbody tr").First.Locator("td").Nth(6)).ToHaveTextAsync("minder dan 5");
        Assert.True(await page.EvaluateAsync<bool>("() => window.Chart.getChart(document.querySelector('#figuur-artikelen canvas')).data.datasets[1].data.every(value => value === null)"));
        var violations = await AxeChecker.RunAsync(page);
        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));

        await page.SetViewportSizeAsync(1400, 900);
        var picture = await page.ScreenshotAsync(new PageScreenshotOptions { Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });
        Assert.True(picture.Length > 10_000);
        await StaffConsoleScreenshotTests.WriteIfChangedAsync("staff-insight-1400x900.png", picture);
    }

    [Fact]
    public async Task A_redacteur_lands_on_the_page_without_handoff_figures_and_cannot_open_a_transcript()
    {
        using var bot = new BotFactory();
        var page = await OpenAsync(bot, StaffRole.Redacteur, "r.devries");

        await Expect(page.Locator("#figuur-hiaten")).ToBeVisibleAsync();
        await Expect(page.Locator("#figuur-artikelen canvas")).ToHaveCountAsync(1);
        await Expect(page.Locator("#figuur-teams")).ToHaveCountAsync(0);
        await Expect(page.Locator("#figuur-uitkomsten-per-team")).ToHaveCountAsync(0);
        await Expect(page.Locator("#figuur-wijken")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Gesprekken", Exact = true })).ToBeHiddenAsync();
        var transcript = await page.EvaluateAsync<int>("() => fetch('/staff/api/tickets/any-ticket').then(response => response.status)");
        Assert.Equal(403, transcript);
        var violations = await AxeChecker.RunAsync(page);
        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
    }

    [Fact]
    public async Task A_redacteur_opens_how_search_reads_a_group_of_gaps_with_the_keyboard_and_axe_reports_nothing()
    {
        using var bot = new BotFactory();
        var page = await OpenAsync(bot, StaffRole.Redacteur, "r.bakker");
        var cspViolations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspViolations.Add(message.Text);
            }
        };

        var button = page.GetByRole(AriaRole.Button, new() { Name = "Hoe leest zoeken dit? (krijg parkeervergunning)" });
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#why-text")).ToContainTextAsync("Question terms (nl)");
        await Expect(page.Locator("#why-question")).ToContainTextAsync("hoe krijg ik een parkeervergunning");
        await Expect(page.Locator("#why-title")).ToBeFocusedAsync();
        var violations = await AxeChecker.RunAsync(page);
        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
        Assert.Empty(cspViolations);
    }

    /// <summary>Seeds a week of figures, signs in on the console page and follows its way to the Inzicht page.</summary>
    private async Task<IPage> OpenAsync(BotFactory bot, StaffRole role, string username)
    {
        var address = bot.StartOnLoopback();
        await SeedAsync(bot);
        await StaffConsoleLayoutTests.AddAccountAsync(bot, role, null, username);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/index.html");
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync("een-lang-wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        if (role != StaffRole.Redacteur)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Inzicht" }).ClickAsync();
        }

        await page.WaitForURLAsync("**/staff/inzicht.html");
        await Expect(page.Locator("#figuur-hiaten table")).ToBeVisibleAsync();

        // A fixed period over fixed days, so the README's picture changes only when the page does.
        await page.Locator("#from").FillAsync("2026-11-01");
        await page.Locator("#to").FillAsync("2026-11-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await Expect(page.Locator("#summary-line")).ToContainTextAsync("2026-11-01 tot en met 2026-11-30");
        return page;
    }

    /// <summary>Three days of November 2026: answers with 👍 and 👎 on Web Chat, a few questions on WhatsApp, a group of gaps.</summary>
    private static async Task SeedAsync(BotFactory bot)
    {
        var store = bot.Services.GetRequiredService<IInsightStore>();
        var day = new DateTimeOffset(2026, 11, 9, 9, 0, 0, TimeSpan.Zero);
        var articles = new[] { ("geld-kwijtschelding", "geld"), ("opvoeden-driftbuien", "opvoeden"), ("eenzaamheid-contact", "eenzaamheid") };
        for (var index = 0; index < 24; index++)
        {
            var id = $"web-{index}";
            var at = day.AddDays(index % 3).AddMinutes(index);
            var (article, theme) = articles[index % articles.Length];
            await store.RecordAsync(new InsightRecord(new InsightTurn(id, "directline", at, "Answer", theme, article)), CancellationToken.None);
            await store.RecordAsync(new InsightRecord(new InsightTurn(id, "directline", at.AddMinutes(1), "Answer", string.Empty, null), new InsightFeedback(id, article, index % 4 != 0, at.AddMinutes(1))), CancellationToken.None);
        }

        for (var index = 0; index < 7; index++)
        {
            var id = $"ask-{index}";
            var at = day.AddDays(1).AddMinutes(index);
            await store.RecordAsync(new InsightRecord(
                new InsightTurn(id, "directline", at, "Clarify", "geld", null),
                Gap: new InsightGap(id, at, GapKinds.AskedBack, "Clarify", "nl", "hoe krijg ik een parkeervergunning", "krijg parkeervergunning", "geld", null)), CancellationToken.None);
        }

        for (var index = 0; index < 3; index++)
        {
            var id = $"wa-{index}";
            await store.RecordAsync(new InsightRecord(new InsightTurn(id, "whatsapp", day.AddDays(2), "OutOfScope", string.Empty, null)), CancellationToken.None);
        }

        // Handoffs of two Buurtteams: West's six resolved, Noord's five referred on and two still waiting (a hidden cell);
        // by wijk West six, Noord five and two of unknown wijk (a hidden cell). Each ticket with the fact the figures keep.
        var tickets = Enumerable.Range(0, 6).Select(index => ($"west-{index}", "Buurtteam West", (string?)"West", "Resolved", (string?)"opgelost"))
            .Concat(Enumerable.Range(0, 5).Select(index => ($"noord-{index}", "Buurtteam Noord", (string?)"Noord", "Resolved", (string?)"doorverwezen-anders")))
            .Concat(Enumerable.Range(5, 2).Select(index => ($"noord-{index}", "Buurtteam Noord", (string?)null, "Queued", (string?)null)));
        await using var db = new SqliteConnection($"Data Source={Path.Combine(bot.DataDirectory, "koo.db")}");
        var created = day.AddDays(1).ToUnixTimeMilliseconds();
        foreach (var (id, team, wijk, status, outcome) in tickets)
        {
            await db.ExecuteAsync("INSERT INTO conversations (id, channel, user_id, created_at, updated_at) VALUES (@id, 'directline', @id, @created, @created)", new { id, created });
            await db.ExecuteAsync(
                "INSERT INTO tickets (id, conversation_id, status, team, urgency, summary, outcome, created_at, updated_at, number) VALUES (@id, @id, @status, @team, 'Normal', '{}', @outcome, @created, @created, @id)",
                new { id, status, team, outcome, created });
            await db.ExecuteAsync(
                "INSERT INTO insight_handoffs (ticket_id, conversation_id, at, team, wijk, status, outcome) VALUES (@id, @id, @day, @team, @wijk, @status, @outcome)",
                new { id, day = InsightFigures.StartOfDay(day.AddDays(1)).ToUnixTimeMilliseconds(), team, wijk, status, outcome });
        }
    }
}
