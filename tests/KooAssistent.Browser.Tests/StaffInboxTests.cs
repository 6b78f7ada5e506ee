using System.Text;
using System.Text.RegularExpressions;
using KooAssistent.Bot.Channels.WhatsApp;
using KooAssistent.Bot.Staff;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// A Buurtteam worker's day in the inbox, on a 1400×900 screen and a 1024×768 laptop, against a bot of its own with
/// WhatsApp switched on (a fake Graph API on loopback): a new WhatsApp and a new Web Chat ticket appear live with
/// their channel icon, a redacted preview and an unread badge; the worker opens, claims, replies with a canned reply,
/// adds a note and hands the conversation to a colleague, who sees it under "Mijn gesprekken" without reloading; a
/// crisis ticket raises an alert and the tab title counts the waiting tickets; every control is reached by Tab; axe
/// reports nothing.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StaffInboxTests(BrowserFixture browser)
{
    private const string Password = "een-lang-wachtwoord";
    private const string AppSecret = "browser-test-app-secret";
    private const string PhoneNumberId = "106540352242922";
    private const string ConversationIdKey = "browser-test-conversation-id-key-0123456789";
    private const string Resident = "31610000077";

    [Theory]
    [InlineData(1400, 900)]
    [InlineData(1024, 768)]
    public async Task A_worker_works_new_WhatsApp_and_Web_Chat_tickets_live_and_hands_one_to_a_colleague(int width, int height)
    {
        await using var graph = await FakeGraphApi.StartAsync();
        using var bot = new BotFactory(new Dictionary<string, string?>
        {
            ["WhatsApp:AppSecret"] = AppSecret,
            ["WhatsApp:VerifyToken"] = "browser-test-verify-token",
            ["WhatsApp:AccessToken"] = "browser-test-access-token",
            ["WhatsApp:PhoneNumberId"] = PhoneNumberId,
            ["WhatsApp:ConversationIdKey"] = ConversationIdKey,
            ["WhatsApp:GraphApiBaseUrl"] = graph.Address.ToString(),
            ["WhatsApp:DispatchInterval"] = "00:00:00.050",
        });
        var address = bot.StartOnLoopback();
        await AddAsync(bot, "anna", "Anna");
        await AddAsync(bot, "ben", "Ben");
        var anna = await SignInAsync(address, "anna", width, height);
        var ben = await SignInAsync(address, "ben", width, height);

        await WhatsAppHandOffAsync(bot, address);
        await StaffConsoleLayoutTests.HandOffAsync(bot, "kan ik iemand spreken over mijn eenzaamheid", urgent: false);

        // Both arrive without a reload, each with its channel as a picture with a text alternative.
        await Expect(anna.Locator("#tickets li")).ToHaveCountAsync(2);
        var whatsappRow = anna.Locator("#tickets li").Filter(new() { Has = anna.Locator("svg[aria-label='WhatsApp']") });
        var webChatRow = anna.Locator("#tickets li").Filter(new() { Has = anna.Locator("svg[aria-label='Web Chat']") });
        await Expect(whatsappRow).ToContainTextAsync("Fatima");
        await Expect(webChatRow).ToContainTextAsync("Inwoner");
        await Expect(whatsappRow.Locator(".preview")).ToContainTextAsync("deurwaarder");
        await Expect(whatsappRow.Locator(".preview")).Not.ToContainTextAsync("0612345678");
        await Expect(whatsappRow.Locator(".badge")).ToBeVisibleAsync();
        await Expect(webChatRow.Locator(".badge")).ToBeVisibleAsync();
        await Expect(anna).ToHaveTitleAsync(new Regex(@"^\(2\) KooAssistent"));
        await AssertAxeCleanAsync(anna);

        // Open, claim, answer with a canned reply, add a note.
        await whatsappRow.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(anna.Locator("#ticket-title")).ToBeFocusedAsync();
        await Expect(whatsappRow.Locator(".badge")).ToHaveCountAsync(0);
        await anna.GetByRole(AriaRole.Button, new() { Name = "Oppakken" }).ClickAsync();
        await Expect(anna.Locator("#window")).ToContainTextAsync("je kunt nog");
        await Expect(anna.Locator("#count-mine")).ToHaveTextAsync("1");
        await anna.Locator("#canned").SelectOptionAsync(new SelectOptionValue { Label = "Welkom" });
        await anna.GetByRole(AriaRole.Button, new() { Name = "Invullen" }).ClickAsync();
        await Expect(anna.Locator("#reply")).ToBeFocusedAsync();
        await Expect(anna.Locator("#reply")).ToHaveValueAsync(new Regex("^Hoi Fatima, ik ben Anna van het Buurtteam."));
        await anna.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await Expect(anna.Locator("#transcript li.from-worker").Last).ToContainTextAsync("Hoi Fatima, ik ben Anna");
        await Polling.WaitUntilAsync(() => graph.Messages.Any(message => message.ToJsonString().Contains("Hoi Fatima, ik ben Anna", StringComparison.Ordinal)), TimeSpan.FromSeconds(10));
        await anna.Locator("#note").FillAsync("Schuldhulp vandaag nog bellen.");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Notitie opslaan" }).ClickAsync();
        await Expect(anna.Locator("#transcript li.from-note")).ToContainTextAsync("Schuldhulp vandaag nog bellen.");
        await Expect(anna.Locator("#transcript li.from-note")).ToContainTextAsync("alleen voor medewerkers");
        await AssertEveryControlIsReachedByTabAsync(anna);
        await AssertAxeCleanAsync(anna);

        // Hand over to Ben, whose open console shows it under "Mijn gesprekken".
        await anna.Locator("#assign-to").SelectOptionAsync("ben");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Doorgeven" }).ClickAsync();
        await Expect(ben.Locator("#count-mine")).ToHaveTextAsync("1");
        await ben.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Mijn gesprekken") }).ClickAsync();
        await Expect(ben.Locator("#tickets li")).ToHaveCountAsync(1);
        await Expect(ben.Locator("#tickets li")).ToContainTextAsync("Fatima");
        await Expect(anna.Locator("#count-mine")).ToHaveTextAsync("0");

        // A crisis while the console is open: said in words, and counted in the tab title.
        await Expect(anna.Locator("#attention .alert")).ToHaveCountAsync(0);
        await CrisisHandOffAsync(bot);
        await Expect(anna.Locator("#attention .alert")).ToContainTextAsync("Nieuw crisisgesprek");
        await Expect(anna).ToHaveTitleAsync(new Regex(@"^\(2\) KooAssistent"));
        await AssertAxeCleanAsync(anna);
        await anna.GetByRole(AriaRole.Button, new() { Name = "Nu openen" }).ClickAsync();
        await Expect(anna.Locator("#ticket-status")).ToContainTextAsync("Crisis");

        await anna.Context.CloseAsync();
        await ben.Context.CloseAsync();
    }

    [Fact]
    public async Task The_tabs_are_a_tab_list_moved_through_with_the_arrow_keys()
    {
        await AddAsync(browser.Bot, "coordinator" + Guid.NewGuid().ToString("N")[..8], "Coco", StaffRole.Coordinator);
        var username = (await browser.Bot.Services.GetRequiredService<IStaffStore>().ListAsync(CancellationToken.None)).Last(account => account.DisplayName == "Coco").Username;
        var page = await StaffConsoleLayoutTests.SignInAsync(await browser.NewPageAsync(1024, 768), username);
        var waiting = page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Wachtend") });
        await Expect(waiting).ToHaveAttributeAsync("aria-selected", "true");

        await waiting.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");

        var all = page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Alle") });
        await Expect(all).ToBeFocusedAsync();
        await Expect(all).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Home");
        await Expect(page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Mijn gesprekken") })).ToHaveAttributeAsync("aria-selected", "true");
    }

    private async Task<IPage> SignInAsync(Uri address, string username, int width, int height)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await StaffConsoleLayoutTests.SignInAsync(await context.NewPageAsync(), username);
    }

    private static async Task AddAsync(BotFactory bot, string username, string displayName, StaffRole role = StaffRole.Medewerker)
    {
        var accounts = bot.Services.GetRequiredService<IStaffStore>();
        Assert.True(await accounts.AddAsync(username, displayName, role, role == StaffRole.Medewerker ? "Buurtteam Noord" : null, PasswordHasher.Hash(Password), CancellationToken.None));
    }

    /// <summary>A resident on WhatsApp asks for a person, taps the answers, gives a first name, then writes once more.</summary>
    private static async Task WhatsAppHandOffAsync(BotFactory bot, Uri address)
    {
        using var http = new HttpClient { BaseAddress = address };
        var conversation = WhatsAppConversationIds.Compute(Encoding.UTF8.GetBytes(ConversationIdKey), PhoneNumberId, Resident);
        var step = 0;
        async Task SendAsync(string message)
        {
            var body = """{"object":"whatsapp_business_account","entry":[{"id":"123","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"31612345678","phone_number_id":"""
                + $"\"{PhoneNumberId}\"" + """},"contacts":[{"profile":{"name":"Test"},"wa_id":"31611111111"}],"messages":[""" + message + "]}}]}]}";
            var bytes = Encoding.UTF8.GetBytes(body);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/whatsapp") { Content = new ByteArrayContent(bytes) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Sign(bytes, AppSecret));
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            await bot.WaitForTurnsAsync(conversation);
        }

        string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        string Text(string text) => $$"""{ "from": "{{Resident}}", "id": "wamid.inbox{{++step}}", "timestamp": "{{Now()}}", "type": "text", "text": { "body": "{{text}}" } }""";
        string Tap(string title) => $$"""
            { "from": "{{Resident}}", "id": "wamid.inbox{{++step}}", "timestamp": "{{Now()}}", "type": "interactive",
              "interactive": { "type": "button_reply", "button_reply": { "id": "{{title}}", "title": "{{title}}" } } }
            """;

        await SendAsync(Text("kan ik iemand spreken over mijn schulden"));
        foreach (var answer in new[] { "Ja, graag", "Sla over", "Hier in de chat" })
        {
            await SendAsync(Tap(answer));
        }

        await SendAsync(Text("Fatima"));
        await SendAsync(Tap("Nee, kan later"));
        await SendAsync(Text("Ik kreeg vandaag een brief van de deurwaarder, bel me op 0612345678"));
    }

    /// <summary>
    /// A resident in Web Chat in crisis: the bot answers with the help lines, and a ticket of urgency Crisis opens on
    /// that conversation (put in as a turn puts it in; the dialogue gives the help lines first and offers no handoff).
    /// </summary>
    private static async Task CrisisHandOffAsync(BotFactory bot)
    {
        using var http = new HttpClient { BaseAddress = bot.LoopbackAddress };
        var resident = new DirectLineTestClient(http);
        var session = await resident.StartConversationAsync();
        await resident.SendTextAsync(session, "ik wil niet meer leven");
        await bot.WaitForTurnsAsync(session.ConversationId);
        var request = new HandoffRequest("geld", HandoffUrgency.Crisis, ["crisis:earlier"], [], [], ["ik wil niet meer leven"], [], null, null, null, "nl");
        await bot.OpenTicketAsync(session.ConversationId, request);
    }

    /// <summary>Presses Tab until focus comes round again and checks that every visible control had it once.</summary>
    private static async Task AssertEveryControlIsReachedByTabAsync(IPage page)
    {
        var controls = await page.EvaluateAsync<int>(
            """
            () => {
              const all = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                .filter(node => node.tabIndex >= 0 && !node.disabled && node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden');
              all.forEach((node, index) => node.setAttribute('data-tab-probe', String(index)));
              window.__reached = new Set();
              document.addEventListener('focusin', event => { const probe = event.target.getAttribute && event.target.getAttribute('data-tab-probe'); if (probe) window.__reached.add(probe); });
              return all.length;
            }
            """);
        await page.Locator("body").FocusAsync();
        for (var press = 0; press < controls + 10; press++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var missed = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('[data-tab-probe]')].filter(node => !window.__reached.has(node.getAttribute('data-tab-probe')))
              .map(node => node.id || node.getAttribute('aria-label') || node.textContent.trim().slice(0, 30))
            """);
        Assert.True(missed.Length == 0, "Not reached by Tab: " + string.Join(", ", missed));
    }

    private static async Task AssertAxeCleanAsync(IPage page)
    {
        var violations = await AxeChecker.RunAsync(page);
        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
    }
}
