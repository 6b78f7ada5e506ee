using KooAssistent.Testing;
using Microsoft.Playwright;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// One real bot on loopback Kestrel and one headless Debian Chromium, shared by all browser tests; every test gets
/// its own browser context, so storage and cookies never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    // Long enough for a 2-core CI machine parsing the 4 MB Web Chat bundle; short enough to fail fast.
    private const float DefaultTimeoutMs = 20_000;

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private BotFactory? bot;
    private MunicipalSite? site;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The bot under test, for what a test sets up behind the browser (staff accounts, a resident's chat).</summary>
    public BotFactory Bot => bot ?? throw new InvalidOperationException("The bot has not started.");

    /// <summary>A second origin that embeds the widget cross-origin under a strict nonce-based policy.</summary>
    internal MunicipalSite Site => site ?? throw new InvalidOperationException("The municipal site has not started.");

    public async Task InitializeAsync()
    {
        var chromium = ChromiumLocator.Find();
        site = await MunicipalSite.StartAsync();
        bot = new BotFactory(new Dictionary<string, string?>
        {
            ["WebChat:AllowedOrigins:0"] = site.Origin.GetLeftPart(UriPartial.Authority),
            // Every test opens its own conversation from 127.0.0.1; the production limit per address would refuse some.
            ["WebChat:TokenRequestsPerMinute"] = "600",
        });
        BaseAddress = bot.StartOnLoopback();
        site.Embed(BaseAddress);
        Assertions.SetDefaultExpectTimeout(DefaultTimeoutMs);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh context (its own sessionStorage) and page, Dutch and desktop-sized unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800) =>
        await (await NewContextAsync(BaseAddress, width, height)).NewPageAsync();

    /// <summary>A fresh context, Dutch and desktop-sized unless told otherwise, for a bot at <paramref name="baseAddress"/>.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress, int width = 1280, int height = 800)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(DefaultTimeoutMs);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (site is not null)
        {
            await site.DisposeAsync();
        }
    }

    // xunit calls this after DisposeAsync: the bot outlives the browser that talks to it.
    public void Dispose() => bot?.Dispose();
}
