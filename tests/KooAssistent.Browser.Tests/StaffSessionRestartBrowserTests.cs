using KooAssistent.Bot.Staff;
using KooAssistent.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// A worker signed in to the console in Chromium is still signed in after the bot is killed (SIGKILL) and started
/// again on the same data folder with a fresh home folder, as a new container would be; the browser keeps nothing but
/// its cookie. StaffSessionRestartTests checks the same over plain HTTP.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StaffSessionRestartBrowserTests(BrowserFixture browser) : IDisposable
{
    private const string Password = "een-lang-wachtwoord";
    private readonly BotDataFolder data = new();

    [Fact]
    public async Task A_worker_signed_in_before_the_bot_restarts_still_sees_the_queue_after_it()
    {
        var username = await AddCoordinatorAsync();
        await using var first = await data.StartAsync();
        await using var context = await browser.NewContextAsync(first.BaseAddress);
        var console = await SignInAndKillAsync(context, first, username);

        await using var second = await data.StartAsync();
        var session = await OpenConsoleAsync(console, second);

        Assert.Equal(200, session.Status);
        await Expect(console.Locator("#who")).ToContainTextAsync(username);
        await Expect(console.Locator("#ticket-list")).ToHaveAttributeAsync("aria-busy", "false");
        await Expect(console.Locator("#work")).ToBeVisibleAsync();
        await Expect(console.Locator("#sign-in")).ToBeHiddenAsync();
    }

    /// <summary>The control: with its keys somewhere else the restarted bot cannot read the cookie, so the console asks to sign in.</summary>
    [Fact]
    public async Task Restarted_with_another_keys_folder_the_console_asks_the_worker_to_sign_in_again()
    {
        var username = await AddCoordinatorAsync();
        await using var first = await data.StartAsync();
        await using var context = await browser.NewContextAsync(first.BaseAddress);
        var console = await SignInAndKillAsync(context, first, username);

        using var elsewhere = new TemporaryDirectory();
        await using var second = await data.StartAsync(new Dictionary<string, string?> { ["DataProtection__KeysPath"] = elsewhere.Path });
        var session = await OpenConsoleAsync(console, second);

        Assert.Equal(401, session.Status);
        await Expect(console.Locator("#sign-in-form")).ToBeVisibleAsync();
        await Expect(console.Locator("#work")).ToBeHiddenAsync();
        await Expect(console.Locator("#who")).ToBeEmptyAsync();
    }

    public void Dispose() => data.Dispose();

    private async Task<string> AddCoordinatorAsync()
    {
        var username = "coordinator" + Guid.NewGuid().ToString("N")[..8];
        await data.AddCoordinatorAsync(username, "Coördinator", Password);
        return username;
    }

    /// <summary>Signs in through the console's form on the first process, sees the queue, and kills the process.</summary>
    private static async Task<IPage> SignInAndKillAsync(IBrowserContext context, BotProcess first, string username)
    {
        var console = await context.NewPageAsync();
        await StaffSignIn.SignInAsync(console, username, Password);
        await Expect(console.Locator("#who")).ToContainTextAsync(username);
        Assert.Contains(await context.CookiesAsync(), cookie => cookie.Name.StartsWith(StaffExtensions.Scheme, StringComparison.Ordinal));
        await first.KillAsync();
        return console;
    }

    /// <summary>
    /// Opens the console in the same page at the new process's address, which may have another port: cookies belong to
    /// a host, not a port, so the browser sends the one the first process set. Returns the answer to the console's
    /// own question whether it is signed in.
    /// </summary>
    private static Task<IResponse> OpenConsoleAsync(IPage console, BotProcess bot) =>
        console.RunAndWaitForResponseAsync(
            () => console.GotoAsync(new Uri(bot.BaseAddress, "/staff/index.html").ToString()),
            response => response.Request.Method == "GET" && new Uri(response.Url).AbsolutePath == "/staff/api/session");
}
