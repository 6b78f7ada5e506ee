using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_demo_page_with_the_widget_closed_meets_WCAG_21_AA()
    {
        var demo = new DemoPage(await browser.NewPageAsync());
        await demo.GotoAsync();
        await Expect(demo.Launcher).ToBeVisibleAsync();

        var violations = await AxeChecker.RunAsync(demo.Page);

        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
    }

    [Fact]
    public async Task The_open_widget_after_a_bot_reply_meets_WCAG_21_AA()
    {
        var demo = new DemoPage(await browser.NewPageAsync());
        await demo.GotoAsync();
        await demo.OpenAsync();
        await demo.ExpectWelcomeAsync();
        await demo.SendAndAwaitReplyAsync("Ik heb een vraag over mijn buurt.");

        var violations = await AxeChecker.RunAsync(demo.Page);

        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
    }
}
