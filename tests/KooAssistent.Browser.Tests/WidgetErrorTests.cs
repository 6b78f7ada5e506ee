using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class WidgetErrorTests(BrowserFixture browser)
{
    [Fact]
    public async Task When_the_bot_cannot_hand_out_a_token_the_panel_says_so_in_Dutch_and_a_retry_starts_the_chat()
    {
        var demo = new DemoPage(await browser.NewPageAsync());
        await demo.Page.RouteAsync("**/api/webchat/token", route => route.FulfillAsync(new() { Status = 503 }));
        await demo.GotoAsync();

        await demo.OpenAsync();

        await Expect(demo.Panel.GetByRole(Microsoft.Playwright.AriaRole.Status))
            .ToContainTextAsync($"De chat is nu niet bereikbaar. Bel Koo: {DemoPage.KooPhone}.");
        await demo.Page.UnrouteAllAsync();
        await demo.Panel.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Opnieuw proberen" }).ClickAsync();
        await demo.ExpectWelcomeAsync();
    }

    [Fact]
    public async Task A_stored_conversation_the_server_no_longer_accepts_is_replaced_by_a_new_one()
    {
        var demo = new DemoPage(await browser.NewPageAsync());
        await demo.GotoAsync();
        await demo.Page.EvaluateAsync("""
            () => sessionStorage.setItem('kooassistent.widget.v1', JSON.stringify({
              base: location.origin, open: true, conversation: { id: 'gone', token: 'not-a-valid-token' } }))
            """);

        await demo.Page.ReloadAsync();

        await Expect(demo.Panel).ToBeVisibleAsync();
        await demo.ExpectWelcomeAsync();
        var stored = await demo.Page.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('kooassistent.widget.v1')).conversation.id");
        Assert.NotEqual("gone", stored);
    }
}
