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
/// their channel icon, team, a redacted preview and an unread badge, oldest first, and the search box finds each by
/// first name or number; the worker opens, claims, replies with a canned reply (WhatsApp: no typing is sent), adds a
/// note and hands the conversation to a colleague, who sees it under "Mijn gesprekken" without reloading; a crisis
/// ticket goes to the top of the list, raises an alert, sounds for the worker who switched the sound on (and only for
/// them) and the tab title counts the waiting tickets; every control is in view when Tab reaches it; axe reports
/// nothing, and the strict Content-Security-Policy is never violated. The waiting times keep counting.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StaffInboxTests(BrowserFixture browser)
{
    private const string Password = "een-lang-wachtwoord";
    private const string AppSecret = "browser-test-app-secret";
    private const string PhoneNumberId = "106540352242922";
    private const string ConversationIdKey = "browser-test-conversation-id-key-0123456789";
    private const string Resident = "31610000077";

    // Counts the tones the page starts; an init script, so it is in place before the console's own script runs.
    private const string ToneRecorder = """
        window.__kooTones = 0;
        const start = OscillatorNode.prototype.start;
        OscillatorNode.prototype.start = function (...args) { window.__kooTones++; return start.apply(this, args); };
        """;

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

        // Both arrive without a reload, each with its channel as a picture with a text alternative; both are as
        // urgent, so the one waiting longest (WhatsApp) comes first.
        await Expect(anna.Locator("#tickets li")).ToHaveCountAsync(2);
        var whatsappRow = anna.Locator("#tickets li").Filter(new() { Has = anna.Locator("svg[aria-label='WhatsApp']") });
        var webChatRow = anna.Locator("#tickets li").Filter(new() { Has = anna.Locator("svg[aria-label='Web Chat']") });
        await Expect(anna.Locator("#tickets li").First).ToContainTextAsync("Fatima");
        await Expect(whatsappRow).ToContainTextAsync("Gedeelde wachtrij");
        await Expect(webChatRow).ToContainTextAsync("Inwoner");
        await Expect(whatsappRow.Locator(".preview")).ToContainTextAsync("deurwaarder");
        await Expect(whatsappRow.Locator(".preview")).Not.ToContainTextAsync("0612345678");
        await Expect(whatsappRow.Locator(".badge")).ToBeVisibleAsync();
        await Expect(webChatRow.Locator(".badge")).ToBeVisibleAsync();
        await Expect(anna).ToHaveTitleAsync(new Regex(@"^\(2\) KooAssistent"));
        await AssertAxeCleanAsync(anna);

        // The search box finds a row by first name, or by its number as read out on the phone.
        var number = await webChatRow.Locator(".number").TextContentAsync();
        await anna.Locator("#search").FillAsync("fati");
        await Expect(anna.Locator("#tickets li")).ToHaveCountAsync(1);
        await Expect(anna.Locator("#tickets li")).ToContainTextAsync("Fatima");
        await anna.Locator("#search").FillAsync(number!.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant());
        await Expect(anna.Locator("#tickets li")).ToHaveCountAsync(1);
        await Expect(anna.Locator("#tickets li")).ToContainTextAsync(number);
        await anna.Locator("#search").FillAsync("zzz");
        await Expect(anna.Locator("#queue-empty")).ToHaveTextAsync("Geen gesprekken gevonden.");
        await anna.Locator("#search").FillAsync(string.Empty);
        await Expect(anna.Locator("#tickets li")).ToHaveCountAsync(2);

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
        var typingSent = 0;
        anna.Request += (_, request) => typingSent += request.Url.EndsWith("/typing", StringComparison.Ordinal) ? 1 : 0;
        await anna.Locator("#reply").PressSequentiallyAsync(" Tot zo.");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await Expect(anna.Locator("#transcript li.from-worker").Last).ToContainTextAsync("Hoi Fatima, ik ben Anna");
        await Polling.WaitUntilAsync(() => graph.Messages.Any(message => message.ToJsonString().Contains("Hoi Fatima, ik ben Anna", StringComparison.Ordinal)), TimeSpan.FromSeconds(10));
        Assert.Equal(0, typingSent);
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

        // A crisis while the console is open: at the top of the list, said in words, counted in the tab title, and
        // heard by the worker who switched the sound on.
        await Expect(anna.Locator("#attention .alert")).ToHaveCountAsync(0);
        await anna.GetByLabel("Geluid bij een nieuw crisis- of urgent gesprek").CheckAsync();
        await CrisisHandOffAsync(bot);
        await Expect(anna.Locator("#attention .alert")).ToContainTextAsync("Nieuw crisisgesprek");
        await Expect(anna.Locator("#tickets li").First).ToContainTextAsync("Crisis");
        await Expect(anna).ToHaveTitleAsync(new Regex(@"^\(2\) KooAssistent"));
        Assert.True(await TonesAsync(anna) > 0, "No tone was played.");
        await Expect(ben.Locator("#attention .alert")).ToContainTextAsync("Nieuw crisisgesprek");
        Assert.Equal(0, await TonesAsync(ben));
        await AssertAxeCleanAsync(anna);
        await anna.GetByRole(AriaRole.Button, new() { Name = "Nu openen" }).ClickAsync();
        await Expect(anna.Locator("#ticket-status")).ToContainTextAsync("Crisis");
        foreach (var page in new[] { anna, ben })
        {
            var violations = await PolicyViolations.ReadAsync(page);
            Assert.True(violations.Length == 0, PolicyViolations.Describe(violations));
        }

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

    [Fact]
    public async Task The_waiting_time_of_a_row_keeps_counting_while_the_console_stays_open()
    {
        await StaffConsoleLayoutTests.HandOffAsync(browser.Bot, "kan ik iemand spreken over mijn eenzaamheid", urgent: false);
        var page = await browser.NewPageAsync(1024, 768);
        await page.Clock.InstallAsync();
        await StaffConsoleLayoutTests.SignInAsync(page, await StaffConsoleLayoutTests.AddAccountAsync(browser.Bot, StaffRole.Coordinator, null));
        var waiting = page.Locator("#tickets .waiting").Last;
        var before = await waiting.TextContentAsync();

        await page.Clock.FastForwardAsync("03:00:00");

        await Expect(waiting).ToHaveTextAsync(new Regex(@"^[3-9] u \d+ min$"));
        Assert.DoesNotMatch(@" u ", before);
    }

    private async Task<IPage> SignInAsync(Uri address, string username, int width, int height)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        await PolicyViolations.RecordAsync(page);
        await page.AddInitScriptAsync(ToneRecorder);
        return await StaffConsoleLayoutTests.SignInAsync(page, username);
    }

    private static Task<int> TonesAsync(IPage page) => page.EvaluateAsync<int>("() => window.__kooTones");

    private static async Task AddAsync(BotFactory bot, string username, string displayName, StaffRole role = StaffRole.Medewerker)
    {
        var accounts = bot.Services.GetRequiredService<IStaffStore>();
        Assert.True(await accounts.AddAsync(username, displayName, role, role == StaffRole.Medewerker ? "Buurtteam Noord" : null, PasswordHasher.Hash(Password), CancellationToken.None));
    }

    /// <summary>A resident on WhatsApp asks for a person, taps the answers, gives a first name, then writes once more.</summary>
    private static async Task WhatsAppHandOffAsync(BotFactory bot, Uri address)
    {
        using var http = new HttpClient { BaseAddress = address };
        var conversation = KooAssistent.Storage.WhatsApp.WhatsAppKeyedIds.ConversationId(Encoding.UTF8.GetBytes(ConversationIdKey), PhoneNumberId, Resident);
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

    /// <summary>
    /// Presses Tab until focus comes round again and checks that every visible control had it once, and that each was in
    /// view when it had it: inside the window and not cut off by a box that scrolls.
    /// </summary>
    private static async Task AssertEveryControlIsReachedByTabAsync(IPage page)
    {
        var controls = await page.EvaluateAsync<int>(
            """
            () => {
              const all = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                .filter(node => node.tabIndex >= 0 && !node.disabled && node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden');
              all.forEach((node, index) => node.setAttribute('data-tab-probe', String(index)));
              return all.length;
            }
            """);
        await page.Locator("body").FocusAsync();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var outOfView = new List<string>();
        for (var press = 0; press < controls + 10; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>(
                """
                () => {
                  const node = document.activeElement, probe = node && node.getAttribute('data-tab-probe');
                  if (!probe) return [];
                  const own = node.getBoundingClientRect();
                  let inView = own.width > 0 && own.height > 0 && own.left >= -1 && own.right <= window.innerWidth + 1
                    && own.top < window.innerHeight && own.bottom > 0;
                  for (let box = node.parentElement; box && inView; box = box.parentElement) {
                    const style = getComputedStyle(box), outer = box.getBoundingClientRect();
                    if (style.overflowX !== 'visible' && (own.left < outer.left - 1 || own.right > outer.right + 1)) inView = false;
                    if (style.overflowY !== 'visible' && (own.bottom <= outer.top || own.top >= outer.bottom)) inView = false;
                  }
                  return [probe, String(inView), node.id || node.getAttribute('aria-label') || node.textContent.trim().slice(0, 30)];
                }
                """);
            if (focused.Length == 3 && reached.Add(focused[0]) && focused[1] != "true")
            {
                outOfView.Add(focused[2]);
            }
        }

        var missed = await page.EvaluateAsync<string[]>(
            """
            reached => [...document.querySelectorAll('[data-tab-probe]')].filter(node => !reached.includes(node.getAttribute('data-tab-probe')))
              .map(node => node.id || node.getAttribute('aria-label') || node.textContent.trim().slice(0, 30))
            """, reached.ToArray());
        Assert.True(missed.Length == 0, "Not reached by Tab: " + string.Join(", ", missed));
        Assert.True(outOfView.Count == 0, "Out of view when Tab reached it: " + string.Join(", ", outOfView));
    }

    private static async Task AssertAxeCleanAsync(IPage page)
    {
        var violations = await AxeChecker.RunAsync(page);
        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
    }
}
