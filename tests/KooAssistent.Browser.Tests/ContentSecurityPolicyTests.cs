using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    private const string Question = "Hoe vraag ik hulp aan voor mijn moeder?";

    [Fact]
    public async Task A_whole_conversation_with_a_reload_runs_under_the_strict_policy_without_violations()
    {
        var page = await browser.NewPageAsync();
        await PolicyViolations.RecordAsync(page);
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        var demo = new DemoPage(page);

        var response = await demo.GotoAsync();
        Assert.Contains("script-src 'self'", (await response.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);

        await demo.OpenAsync();
        await demo.ExpectWelcomeAsync();
        await demo.SendAndAwaitReplyAsync(Question);
        var recordedBeforeReload = await PolicyViolations.ReadAsync(page);
        await page.ReloadAsync();
        await Expect(demo.UserMessages.Filter(new() { HasText = Question })).ToHaveCountAsync(1);
        await demo.SendAndAwaitReplyAsync("Dank je.");
        var recordedAfterReload = await PolicyViolations.ReadAsync(page);

        string[] violations = [
            .. recordedBeforeReload,
            .. recordedAfterReload,
            .. console.Where(line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)),
        ];
        Assert.True(violations.Length == 0, PolicyViolations.Describe(violations));
    }
}
