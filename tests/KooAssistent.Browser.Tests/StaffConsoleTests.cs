using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// The staff console in a real browser: sign-in by keyboard, the live queue, a transcript that stays text, WCAG 2.1 AA,
/// and a live chat with a resident in the Web Chat widget, typing shown both ways.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StaffConsoleTests(BrowserFixture browser)
{
    private const string Password = "een-lang-wachtwoord";

    // Markup a resident might type, on purpose or not: it must show as text and never run.
    private const string Payload =
        "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script><svg onload=\"window.__xss=3\"></svg>"
        + "<a href=\"javascript:window.__xss=4\">klik</a><iframe src=\"javascript:window.__xss=5\"></iframe>{{constructor.constructor('window.__xss=6')()}} kan ik iemand spreken";

    [Fact]
    public async Task A_worker_signs_in_by_keyboard_opens_a_ticket_and_resident_markup_stays_text()
    {
        var username = await AddCoordinatorAsync();
        await HandOffAsync(Payload, lastWords: Payload);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/staff/index.html");

        await page.Locator("#username").FocusAsync();
        await page.Keyboard.TypeAsync(username);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        var open = page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Gesprek openen") }).Last;
        await Expect(open).ToBeVisibleAsync();
        await open.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#transcript")).ToContainTextAsync("<img src=x onerror=");
        await Expect(page.Locator("#ticket-title")).ToBeFocusedAsync();
        await Expect(page.Locator("#tickets li").Last.Locator(".preview")).ToContainTextAsync("<img src=x onerror=");
        Assert.Equal(0, await page.Locator("#transcript img, #transcript script, #transcript svg, #transcript a, #transcript iframe, #summary img, #summary script").CountAsync());
        Assert.Equal(0, await page.Locator("#tickets img, #tickets script, #tickets svg:not(.channel), #tickets a, #tickets iframe").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        var violations = await AxeChecker.RunAsync(page);
        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
    }

    [Fact]
    public async Task A_new_handoff_appears_in_an_open_queue_without_reloading()
    {
        var username = await AddCoordinatorAsync();
        var page = await browser.NewPageAsync();
        await StaffSignIn.SignInAsync(page, username, Password);
        var before = await page.Locator("#tickets li").CountAsync();

        await HandOffAsync("kan ik iemand spreken over mijn schulden");

        await Expect(page.Locator("#tickets li")).ToHaveCountAsync(before + 1);
    }

    [Fact]
    public async Task A_resident_in_Web_Chat_reaches_a_worker_live_chats_and_is_handed_back_to_the_bot()
    {
        var console = await SignInAsync(await AddCoordinatorAsync());
        var rows = await console.Locator("#tickets li").CountAsync();
        var demo = new DemoPage(await browser.NewPageAsync());
        await demo.GotoAsync();
        await demo.OpenAsync();
        await demo.ExpectWelcomeAsync();

        await demo.SendAndAwaitReplyAsync("ik heb schulden, mijn uitkering is gestopt en mijn zoon gaat al weken niet naar school. ik weet het niet meer");
        await Press(demo, "Ja, graag");
        await Expect(demo.BotMessages.Last).ToContainTextAsync("postcode");
        await demo.SendAndAwaitReplyAsync("5211 AB");
        await Press(demo, "Hier in de chat");
        await Expect(demo.BotMessages.Last).ToContainTextAsync("Hoe mag de medewerker je noemen?");
        await demo.SendAndAwaitReplyAsync("Anna");
        await Expect(demo.BotMessages.Last).ToContainTextAsync("Is het dringend?");
        await Press(demo, "Ja, vandaag nog");
        await Expect(demo.BotMessages.Filter(new() { HasText = "doorgegeven aan het Buurtteam" })).ToHaveCountAsync(1);

        await Expect(console.Locator("#tickets li")).ToHaveCountAsync(rows + 1);
        await console.GetByRole(AriaRole.Button, new() { NameRegex = new("^Gesprek openen, Hoog") }).Last.ClickAsync();
        await Expect(console.Locator("#summary")).ToContainTextAsync("Anna");
        await console.GetByRole(AriaRole.Button, new() { Name = "Oppakken" }).ClickAsync();
        await Expect(demo.BotMessages.Last).ToContainTextAsync("Je praat nu met");

        // Typing, both ways: the worker's as Web Chat's own indicator, the resident's under the messages in the console.
        await Expect(demo.TypingIndicator).ToHaveCountAsync(0);
        // Typed at a worker's pace for a few seconds, so the console sends typing more than once (at most every 3
        // seconds), as it does for a real reply: one typing activity alone can arrive while the resident's stream
        // reconnects, and only a stored message is redelivered.
        await console.Locator("#reply").PressSequentiallyAsync("Hoi, even kijken", new() { Delay = 450 });
        await Expect(demo.TypingIndicator).ToBeVisibleAsync();
        await demo.SendBox.PressSequentiallyAsync("Ik wil");
        await Expect(console.Locator("#typing")).ToHaveTextAsync("Anna typt…");
        await console.Locator("#reply").FillAsync("Hoi Anna, ik ben er. Vertel maar.");
        await console.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await Expect(demo.BotMessages.Last).ToContainTextAsync("Hoi Anna, ik ben er. Vertel maar.");
        await Expect(demo.TypingIndicator).ToHaveCountAsync(0);
        await console.GetByRole(AriaRole.Button, new() { Name = "Terug naar de bot" }).ClickAsync();
        await Expect(demo.BotMessages.Last).ToContainTextAsync("teruggegeven");
        await demo.SendAndAwaitReplyAsync("mijn peuter krijgt steeds driftbuien in de winkel");

        await Expect(demo.BotMessages.Last).ToContainTextAsync("driftbui");
    }

    [Fact]
    public async Task A_worker_erases_a_conversation_at_the_residents_request_and_the_resident_sees_the_confirmation()
    {
        var console = await SignInAsync(await AddCoordinatorAsync());
        var demo = new DemoPage(await browser.NewPageAsync());
        await demo.GotoAsync();
        await demo.OpenAsync();
        await demo.ExpectWelcomeAsync();
        await demo.SendAndAwaitReplyAsync("kan ik iemand spreken over mijn huurachterstand");
        foreach (var button in new[] { "Ja, graag", "Sla over", "Hier in de chat", "Sla over", "Nee, kan later" })
        {
            await Press(demo, button);
        }

        await Expect(demo.BotMessages.Filter(new() { HasText = "doorgegeven aan het Buurtteam" })).ToHaveCountAsync(1);
        await console.GetByRole(AriaRole.Button, new() { NameRegex = new("^Gesprek openen, Normaal") }).Last.ClickAsync();
        await Expect(console.Locator("#transcript")).ToContainTextAsync("huurachterstand");
        await console.GetByRole(AriaRole.Button, new() { Name = "Oppakken" }).ClickAsync();
        await Expect(demo.BotMessages.Last).ToContainTextAsync("Je praat nu met");
        console.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await console.GetByRole(AriaRole.Button, new() { Name = "Gesprek wissen op verzoek" }).ClickAsync();

        await Expect(demo.BotMessages.Last).ToContainTextAsync("Je gesprek is gewist");
        await Expect(console.Locator("#ticket")).ToBeHiddenAsync();
        Assert.Empty(await browser.Bot.Services.GetRequiredService<KooAssistent.Storage.Tickets.IHandoffStore>().ListTicketsAsync(KooAssistent.Conversation.Dialog.Handoff.TicketStatus.Assigned, null, CancellationToken.None));
    }

    private static async Task Press(DemoPage demo, string button)
    {
        var before = await demo.BotMessages.CountAsync();
        await demo.Panel.GetByRole(AriaRole.Button, new() { Name = button }).Last.ClickAsync();
        await Expect(demo.BotMessages.Nth(before)).ToBeVisibleAsync();
    }

    private async Task<IPage> SignInAsync(string username)
    {
        var page = await browser.NewPageAsync();
        await StaffSignIn.SignInAsync(page, username, Password);
        return page;
    }

    private async Task<string> AddCoordinatorAsync()
    {
        var username = "coordinator" + Guid.NewGuid().ToString("N")[..8];
        var accounts = browser.Bot.Services.GetRequiredService<IStaffStore>();
        Assert.True(await accounts.AddAsync(username, "Coördinator", StaffRole.Coordinator, null, PasswordHasher.Hash(Password), CancellationToken.None));
        return username;
    }

    /// <summary>A resident hands their conversation over; <paramref name="lastWords"/>, when given, is written while waiting.</summary>
    private async Task HandOffAsync(string question, string? lastWords = null)
    {
        using var http = new HttpClient { BaseAddress = browser.BaseAddress };
        var resident = new DirectLineTestClient(http);
        var session = await resident.StartConversationAsync();
        string[] answers = [question, "Ja, graag", "Sla over", "Hier in de chat", "Sla over", "Sla over", .. lastWords is null ? [] : new[] { lastWords }];
        foreach (var text in answers)
        {
            await resident.SendTextAsync(session, text);
            await browser.Bot.WaitForTurnsAsync(session.ConversationId);
        }
    }
}
