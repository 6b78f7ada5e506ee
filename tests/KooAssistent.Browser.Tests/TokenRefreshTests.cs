using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class TokenRefreshTests(BrowserFixture browser)
{
    private const string StoredToken = "() => JSON.parse(sessionStorage.getItem('kooassistent.widget.v1')).conversation.token";

    [Fact]
    public async Task The_token_kept_for_the_next_page_load_is_refreshed_every_ten_minutes()
    {
        var demo = new DemoPage(await browser.NewPageAsync());
        // The page's timers run on Playwright's clock, so ten minutes pass without waiting for them.
        await demo.Page.Clock.InstallAsync();
        await demo.GotoAsync();
        await demo.OpenAsync();
        await demo.ExpectWelcomeAsync();
        var first = await demo.Page.EvaluateAsync<string>(StoredToken);

        await demo.Page.Clock.FastForwardAsync("09:00");
        Assert.Equal(first, await demo.Page.EvaluateAsync<string>(StoredToken));
        await demo.Page.Clock.FastForwardAsync("01:01");

        await demo.Page.WaitForFunctionAsync($"previous => ({StoredToken})() !== previous", first);
        await demo.Page.ReloadAsync();
        await demo.ExpectWelcomeAsync();
    }
}
