using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// The staff console on a 1400×900 screen and a 1024×768 laptop (and a 768×1024 tablet for an opened ticket): the
/// tabs, the search box and a whole row of the list in view without sideways scrolling, three panes side by side on the
/// wide screen, the details under the conversation on the laptop, one column on the tablet, the summary in words, the
/// ticket number to read out, the number to call back with a "Gebeld" button that logs how it went, the password on a
/// page of its own reached from the menu, by keyboard, with nothing for axe to report.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StaffConsoleLayoutTests(BrowserFixture browser)
{
    private const string Password = "een-lang-wachtwoord";

    // Codes the brain writes into a summary; a worker never reads them.
    private static readonly string[] Codes = ["pressure:", "domains:", "tangle-vote", "child-out-of-school", "no-income", "OpvoedenGezin", "Money:", "CallBack"];

    [Theory]
    [InlineData(1400, 900)]
    [InlineData(1024, 768)]
    public async Task The_tabs_the_search_box_and_whole_rows_of_the_list_are_in_view_without_sideways_scrolling(int width, int height)
    {
        await HandOffAsync(browser.Bot, "ik heb schulden, mijn uitkering is gestopt en mijn zoon gaat al weken niet naar school. ik weet het niet meer");
        var page = await SignInAsync(await browser.NewPageAsync(width, height), await AddAccountAsync(browser.Bot, StaffRole.Coordinator, null));
        await Expect(page.Locator("#tickets li").First).ToBeVisibleAsync();

        foreach (var control in await page.Locator("#tabs [role=tab]:visible, #search").AllAsync())
        {
            await AssertInViewAsync(page, control, width);
        }

        await AssertInViewAsync(page, page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Gesprek openen") }).First, width);
        await AssertNoSidewaysScrollAsync(page);
        await Expect(page.Locator("#own-password")).ToBeHiddenAsync();
        Assert.True(await page.Locator("#tickets .number").First.IsVisibleAsync());
        Assert.Matches("^[2-9A-Z]{3}-[2-9A-Z]{4}$", await page.Locator("#tickets .number").First.TextContentAsync());
        var violations = await AxeChecker.RunAsync(page);
        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
    }

    [Theory]
    [InlineData(1400, 900)]
    [InlineData(1024, 768)]
    [InlineData(768, 1024)]
    public async Task An_opened_ticket_shows_its_summary_in_plain_Dutch_its_number_to_read_out_and_the_number_to_call_back(int width, int height)
    {
        await HandOffAsync(browser.Bot, "ik heb schulden, mijn uitkering is gestopt en mijn zoon gaat al weken niet naar school. ik weet het niet meer", "Bel mij terug", "0612345678");
        var page = await SignInAsync(await browser.NewPageAsync(width, height), await AddAccountAsync(browser.Bot, StaffRole.Coordinator, null));
        var open = page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Gesprek openen, Hoog") }).Last;
        await open.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var summary = page.Locator("#summary");
        await Expect(page.Locator("#ticket-title")).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("Opvoeden en gezin");
        await Expect(summary).ToContainTextAsync("Kind gaat niet naar school");
        await Expect(summary).ToContainTextAsync("Meerdere leefgebieden tegelijk");
        await Expect(summary).ToContainTextAsync("Terugbellen");
        var text = await summary.TextContentAsync() ?? string.Empty;
        Assert.DoesNotContain(Codes, code => text.Contains(code, StringComparison.Ordinal));
        Assert.Matches("^[2-9A-Z]{3}-[2-9A-Z]{4}$", await page.Locator("#summary dd.ticket-number").TextContentAsync());
        Assert.DoesNotMatch("[0-9a-f]{32}", text);
        await AssertInViewAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Oppakken" }), width);
        await AssertPanesAsync(page, width);

        await Expect(page.Locator("#call-number")).ToHaveTextAsync("0612345678");
        await page.Locator("#call-outcome").SelectOptionAsync(new SelectOptionValue { Label = "Niet bereikt" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Gebeld" }).ClickAsync();
        await Expect(page.Locator("#calls")).ToContainTextAsync("Niet bereikt");
        await AssertNoSidewaysScrollAsync(page);
        var violations = await AxeChecker.RunAsync(page);
        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
    }

    [Theory]
    [InlineData(1400, 900)]
    [InlineData(1024, 768)]
    public async Task The_password_form_is_a_page_of_its_own_reached_from_the_menu_by_keyboard(int width, int height)
    {
        var page = await SignInAsync(await browser.NewPageAsync(width, height), await AddAccountAsync(browser.Bot, StaffRole.Medewerker, "Buurtteam Noord"));
        await Expect(page.Locator("#current-password")).ToBeHiddenAsync();

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await menu.GetByRole(AriaRole.Link, new() { Name = "Mijn wachtwoord" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#own-password-title")).ToBeFocusedAsync();
        await Expect(page.Locator("#current-password")).ToBeVisibleAsync();
        await Expect(page.Locator("#queue")).ToBeHiddenAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Mijn wachtwoord" })).ToHaveAttributeAsync("aria-current", "page");
        await AssertNoSidewaysScrollAsync(page);
        var violations = await AxeChecker.RunAsync(page);
        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));

        await menu.GetByRole(AriaRole.Link, new() { Name = "Gesprekken" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#queue-title")).ToBeFocusedAsync();
        await Expect(page.Locator("#current-password")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_beheerder_has_the_accounts_and_the_own_password_as_two_pages_of_the_menu()
    {
        var username = await AddAccountAsync(browser.Bot, StaffRole.Beheerder, null);
        var page = await browser.NewPageAsync(1024, 768);
        await page.GotoAsync("/staff/index.html");
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

        await Expect(page.Locator("#account-rows")).ToContainTextAsync(username);
        await Expect(page.Locator("#current-password")).ToBeHiddenAsync();
        await Expect(page.Locator("#queue")).ToBeHiddenAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "Mijn wachtwoord" }).ClickAsync();
        await Expect(page.Locator("#current-password")).ToBeVisibleAsync();
        await Expect(page.Locator("#accounts")).ToBeHiddenAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "Accounts" }).ClickAsync();
        await Expect(page.Locator("#accounts-title")).ToBeFocusedAsync();
        await AssertNoSidewaysScrollAsync(page);
        var violations = await AxeChecker.RunAsync(page);
        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
    }

    private static async Task AssertInViewAsync(IPage page, ILocator locator, int width)
    {
        await Expect(locator).ToBeVisibleAsync();
        var box = await locator.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"{await locator.TextContentAsync()} spans {box.X}–{box.X + box.Width} of {width} pixels.");
        Assert.True(await locator.EvaluateAsync<bool>(
            """
            element => {
              for (let node = element.parentElement; node; node = node.parentElement) {
                const box = node.getBoundingClientRect(), own = element.getBoundingClientRect();
                if (getComputedStyle(node).overflowX !== 'visible' && (own.left < box.left - 1 || own.right > box.right + 1)) return false;
              }
              return true;
            }
            """), $"{await locator.TextContentAsync()} is cut off by a scrolling box.");
    }

    /// <summary>
    /// List, conversation and details side by side from 1280 pixels; on a laptop the details under the conversation,
    /// beside the list; on a tablet one column.
    /// </summary>
    private static async Task AssertPanesAsync(IPage page, int width)
    {
        var list = (await page.Locator("#queue").BoundingBoxAsync())!;
        var conversation = (await page.Locator("#conversation").BoundingBoxAsync())!;
        var details = (await page.Locator("#details").BoundingBoxAsync())!;
        static bool Beside(LocatorBoundingBoxResult left, LocatorBoundingBoxResult right) => left.X + left.Width <= right.X;
        static bool Under(LocatorBoundingBoxResult top, LocatorBoundingBoxResult below) => top.Y + top.Height <= below.Y;
        var arrangement = width >= 1280 ? Beside(list, conversation) && Beside(conversation, details)
            : width > 768 ? Beside(list, conversation) && Beside(list, details) && Under(conversation, details)
            : Under(list, conversation) && Under(conversation, details);
        Assert.True(arrangement, $"At {width} pixels: list {list.X},{list.Y} {list.Width}×{list.Height}; conversation {conversation.X},{conversation.Y} "
            + $"{conversation.Width}×{conversation.Height}; details {details.X},{details.Y} {details.Width}×{details.Height}.");
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var scrolls = await page.EvaluateAsync<string[]>(
            """
            () => [document.scrollingElement, ...document.querySelectorAll('main, main section, main .work, main table')]
              .filter(node => node.offsetParent !== null || node === document.scrollingElement)
              .filter(node => node.scrollWidth > node.clientWidth + 1)
              .map(node => (node.id || node.tagName) + ' ' + node.scrollWidth + '>' + node.clientWidth)
            """);
        Assert.True(scrolls.Length == 0, "Scrolls sideways: " + string.Join(", ", scrolls));
    }

    internal static async Task<IPage> SignInAsync(IPage page, string username)
    {
        await page.GotoAsync("/staff/index.html");
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Expect(page.Locator("#ticket-list")).ToHaveAttributeAsync("aria-busy", "false");
        return page;
    }

    internal static async Task<string> AddAccountAsync(BotFactory bot, StaffRole role, string? team, string? username = null)
    {
        username ??= role.ToString().ToLowerInvariant() + Guid.NewGuid().ToString("N")[..8];
        var accounts = bot.Services.GetRequiredService<IStaffStore>();
        Assert.True(await accounts.AddAsync(username, "Sanne", role, team, PasswordHasher.Hash(Password), CancellationToken.None));
        return username;
    }

    /// <summary>A resident's conversation handed to the Buurtteam: consent, no postcode, how to be reached, no name, urgent unless told.</summary>
    internal static async Task HandOffAsync(BotFactory bot, string question, string contact = "Hier in de chat", string phone = "Sla over", bool urgent = true)
    {
        using var http = new HttpClient { BaseAddress = bot.LoopbackAddress };
        var resident = new DirectLineTestClient(http);
        var session = await resident.StartConversationAsync();
        string[] answers = contact == "Hier in de chat"
            ? [question, "Ja, graag", "Sla over", contact, "Sla over", urgent ? "Ja, vandaag nog" : "Nee, kan later"]
            : [question, "Ja, graag", "Sla over", contact, phone, "Sla over", urgent ? "Ja, vandaag nog" : "Nee, kan later"];
        foreach (var text in answers)
        {
            await resident.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }
    }
}
