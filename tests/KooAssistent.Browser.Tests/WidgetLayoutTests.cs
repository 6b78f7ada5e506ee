using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class WidgetLayoutTests(BrowserFixture browser)
{
    [Fact]
    public async Task At_320_pixels_wide_the_page_reflows_and_the_open_chat_fills_the_screen()
    {
        var demo = new DemoPage(await browser.NewPageAsync(width: 320, height: 640));
        await demo.GotoAsync();
        await Expect(demo.Launcher).ToBeInViewportAsync(new() { Ratio = 1 });
        Assert.True(await HasNoHorizontalScrollAsync(demo), "The closed page scrolls sideways at 320 px.");

        await demo.OpenAsync();
        await demo.ExpectWelcomeAsync();

        var panel = await demo.Panel.BoundingBoxAsync();
        Assert.NotNull(panel);
        Assert.Equal((0f, 0f, 320f, 640f), (panel.X, panel.Y, panel.Width, panel.Height));
        await Expect(demo.SendBox).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(demo.CloseButton).ToBeInViewportAsync(new() { Ratio = 1 });
        Assert.True(await HasNoHorizontalScrollAsync(demo), "The open chat scrolls sideways at 320 px.");
    }

    [Fact]
    public async Task A_closed_chat_stays_closed_after_a_reload_and_still_holds_the_conversation()
    {
        var demo = new DemoPage(await browser.NewPageAsync());
        await demo.GotoAsync();
        await demo.OpenAsync();
        await demo.SendAndAwaitReplyAsync("Wat doet een wijkplein?");
        var botMessages = await demo.BotMessages.CountAsync();
        await demo.CloseButton.ClickAsync();

        await demo.Page.ReloadAsync();
        await Expect(demo.Launcher).ToBeVisibleAsync();
        await Expect(demo.Panel).ToBeHiddenAsync();
        await demo.OpenAsync();

        await Expect(demo.UserMessages.Filter(new() { HasText = "Wat doet een wijkplein?" })).ToHaveCountAsync(1);
        await Expect(demo.BotMessages).ToHaveCountAsync(botMessages);
    }

    private static Task<bool> HasNoHorizontalScrollAsync(DemoPage demo) =>
        demo.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}
