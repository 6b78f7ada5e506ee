using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class KeyboardTests(BrowserFixture browser)
{
    // The demo page has about a dozen links before the launcher; more presses than that means it is unreachable.
    private const int MaxTabPresses = 40;

    [Fact]
    public async Task A_keyboard_user_tabs_to_the_launcher_opens_the_chat_sends_a_message_and_closes_it_with_Escape()
    {
        var demo = new DemoPage(await browser.NewPageAsync());
        var keyboard = demo.Page.Keyboard;
        await demo.GotoAsync();
        await Expect(demo.Launcher).ToBeVisibleAsync();

        var presses = 0;
        while (!await demo.Launcher.EvaluateAsync<bool>("launcher => launcher === document.activeElement"))
        {
            Assert.True(++presses <= MaxTabPresses, $"The launcher was not reached after {MaxTabPresses} presses of Tab.");
            await keyboard.PressAsync("Tab");
        }

        await Expect(demo.Launcher).ToHaveAttributeAsync("aria-expanded", "false");
        await keyboard.PressAsync("Enter");

        await Expect(demo.Panel).ToBeVisibleAsync();
        await Expect(demo.Launcher).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.True(await demo.Panel.EvaluateAsync<bool>("panel => panel.contains(document.activeElement)"), "Focus did not move into the chat panel.");
        await Expect(demo.SendBox).ToBeFocusedAsync();
        await demo.ExpectWelcomeAsync();

        await keyboard.TypeAsync("Kan ik iemand spreken?");
        await keyboard.PressAsync("Enter");
        await Expect(demo.UserMessages.Filter(new() { HasText = "Kan ik iemand spreken?" })).ToHaveCountAsync(1);
        await Expect(demo.BotMessages.Nth(1)).ToBeVisibleAsync();

        await keyboard.PressAsync("Escape");

        await Expect(demo.Panel).ToBeHiddenAsync();
        await Expect(demo.Launcher).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(demo.Launcher).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_launcher_names_the_panel_it_controls_and_the_close_button_returns_focus_to_it()
    {
        var demo = new DemoPage(await browser.NewPageAsync());
        await demo.GotoAsync();
        var panelId = await demo.Launcher.GetAttributeAsync("aria-controls");

        await demo.OpenAsync();
        await Expect(demo.Panel).ToHaveIdAsync(panelId!);
        await Expect(demo.Panel).ToContainTextAsync("Je chat met een digitale assistent, niet met een mens.");
        await demo.CloseButton.FocusAsync();
        await demo.Page.Keyboard.PressAsync("Enter");

        await Expect(demo.Panel).ToBeHiddenAsync();
        await Expect(demo.Launcher).ToBeFocusedAsync();
    }
}
