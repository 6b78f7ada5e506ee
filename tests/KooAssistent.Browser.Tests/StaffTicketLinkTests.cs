using System.Text.RegularExpressions;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Storage.Staff;
using KooAssistent.Storage.Tickets;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// The link in a Teams notification (<c>/staff/index.html?ticket=K4M9QXT</c>) opens that ticket once the worker signed in, and
/// then leaves the address; a number the worker cannot open lands in the search box, which finds nothing.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StaffTicketLinkTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_link_with_a_ticket_number_opens_that_ticket_after_signing_in()
    {
        using var bot = new BotFactory();
        var address = bot.StartOnLoopback();
        var username = await StaffConsoleLayoutTests.AddAccountAsync(bot, StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsoleLayoutTests.HandOffAsync(bot, "kan ik iemand spreken over mijn eenzaamheid");
        var number = Assert.Single(await bot.Services.GetRequiredService<IHandoffStore>().ListTicketsAsync(TicketStatus.Queued, null, CancellationToken.None)).Number;
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), Locale = "nl-NL" });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/staff/index.html?ticket={number}");
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync("een-lang-wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Expect(page.Locator("#ticket-title")).ToContainTextAsync(TicketNumber.Format(number));
        await Expect(page).ToHaveURLAsync(new Regex("/staff/index.html$"));

        await page.GotoAsync("/staff/index.html?ticket=ZZZZZZZ");
        await Expect(page.Locator("#search")).ToHaveValueAsync("ZZZZZZZ");
        await Expect(page.Locator("#queue-empty")).ToHaveTextAsync("Geen gesprekken gevonden.");
        await context.CloseAsync();
    }
}
