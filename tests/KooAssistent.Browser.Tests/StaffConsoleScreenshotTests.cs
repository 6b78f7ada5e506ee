using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// Takes the README's pictures of the staff console (docs/staff-console-*.png) from a bot of its own, so the queue
/// holds only the two conversations made here, and writes them when they changed: the pictures stay current with
/// the page. Ticket numbers and times differ per run; they are set to fixed ones before the picture is taken.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StaffConsoleScreenshotTests(BrowserFixture browser)
{
    private const string FixNumbersAndTimes = """
        () => {
          const fixedNumbers = ['K4M-9QXT', 'B7R-2HWN', 'P3Z-8DVE'];
          const numbers = [...document.querySelectorAll('#tickets .number')].map(node => node.textContent);
          const walker = document.createTreeWalker(document.getElementById('work'), NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            numbers.forEach((number, index) => { node.textContent = node.textContent.split(number).join(fixedNumbers[index]); });
          }
          document.querySelectorAll('#tickets .waiting').forEach((node, index) => { node.textContent = ['19 min', '7 min'][index] || ''; });
          document.querySelectorAll('#transcript time').forEach((node, index) => { node.textContent = `23 nov. 10:${String(12 + Math.floor(index / 3)).padStart(2, '0')}`; });
        }
        """;

    [Theory]
    [InlineData(1400, 900)]
    [InlineData(1024, 768)]
    public async Task The_console_with_an_opened_conversation_is_pictured_for_the_README(int width, int height)
    {
        using var bot = new BotFactory();
        var address = bot.StartOnLoopback();
        await StaffConsoleLayoutTests.HandOffAsync(bot, "ik heb schulden, mijn uitkering is gestopt en mijn zoon gaat al weken niet naar school. ik weet het niet meer", "Bel mij terug", "06 12345678");
        await StaffConsoleLayoutTests.HandOffAsync(bot, "kan ik iemand spreken over mijn eenzaamheid", urgent: false);
        await StaffConsoleLayoutTests.AddAccountAsync(bot, StaffRole.Coordinator, null, "s.devries");
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await StaffConsoleLayoutTests.SignInAsync(await context.NewPageAsync(), "s.devries");
        await Expect(page.Locator("#tickets li")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Gesprek openen, Hoog") }).ClickAsync();
        await Expect(page.Locator("#summary")).ToContainTextAsync("Terugbellen");
        await page.EvaluateAsync(FixNumbersAndTimes);

        var picture = await page.ScreenshotAsync(new PageScreenshotOptions { Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });
        await context.CloseAsync();

        Assert.True(picture.Length > 10_000);
        await WriteIfChangedAsync($"staff-console-{width}x{height}.png", picture);
    }

    /// <summary>Writes a README picture into docs/ of the checkout, only when it differs from the one there.</summary>
    internal static async Task WriteIfChangedAsync(string fileName, byte[] picture)
    {
        if (RepositoryRoot() is { } root)
        {
            var file = Path.Combine(root, "docs", fileName);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            if (!File.Exists(file) || !(await File.ReadAllBytesAsync(file)).AsSpan().SequenceEqual(picture))
            {
                await File.WriteAllBytesAsync(file, picture);
            }
        }
    }

    /// <summary>The checkout the tests were built from, or null when they run elsewhere (then no picture is written).</summary>
    private static string? RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KooAssistent.sln")) && File.Exists(Path.Combine(directory.FullName, "README.md")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
