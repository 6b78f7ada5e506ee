using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class WebChatWidgetTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_resident_chats_on_the_demo_page_and_finds_the_conversation_intact_after_a_reload()
    {
        var demo = new DemoPage(await browser.NewPageAsync());
        await demo.GotoAsync();

        await demo.OpenAsync();
        await demo.ExpectWelcomeAsync();
        await demo.SendAndAwaitReplyAsync("Kan ik iemand spreken?");
        // Koo's number first (the welcome has it too), then the question whether the conversation may go to the Buurtteam.
        await Expect(demo.BotMessages.Last).ToContainTextAsync("Is dat goed?");
        await Expect(demo.BotMessages.Filter(new() { HasText = DemoPage.KooPhone })).ToHaveCountAsync(2);
        var botMessages = await demo.BotMessages.CountAsync();

        await demo.Page.ReloadAsync();

        await Expect(demo.Panel).ToBeVisibleAsync();
        await Expect(demo.UserMessages.Filter(new() { HasText = "Kan ik iemand spreken?" })).ToHaveCountAsync(1);
        await Expect(demo.BotMessages).ToHaveCountAsync(botMessages);
        await Expect(demo.BotMessages.Last).ToContainTextAsync("Is dat goed?");
        await demo.ExpectWelcomeAsync();

        await demo.SendAndAwaitReplyAsync("Ik wil graag een medewerker spreken");
        await Expect(demo.BotMessages.Filter(new() { HasText = DemoPage.KooPhone })).ToHaveCountAsync(3);
        await Expect(demo.Welcomes).ToHaveCountAsync(1);
        await Expect(demo.UserMessages).ToHaveCountAsync(2);
    }
}
