using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

/// <summary>The demo municipal page with the widget, seen the way a resident uses it: by roles, labels and text.</summary>
internal sealed class DemoPage(IPage page)
{
    public const string WelcomeMarker = "computerprogramma";
    public const string KooPhone = "073 206 88 88";

    public IPage Page => page;

    public ILocator Launcher => page.GetByRole(AriaRole.Button, new() { Name = "Chat met Koo" });

    public ILocator Panel => page.GetByRole(AriaRole.Dialog, new() { Name = "Chat met Koo" });

    public ILocator CloseButton => Panel.GetByRole(AriaRole.Button, new() { Name = "Chat sluiten" });

    public ILocator SendBox => Panel.Locator("[data-id='webchat-sendbox-input']");

    public ILocator UserMessages => Panel.Locator(".webchat__bubble--from-user");

    public ILocator BotMessages => Panel.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");

    public ILocator Welcomes => BotMessages.Filter(new() { HasText = WelcomeMarker });

    /// <summary>Web Chat's animated dots while someone else in the conversation types.</summary>
    public ILocator TypingIndicator => Panel.Locator(".webchat__typing-indicator");

    public async Task<IResponse> GotoAsync()
    {
        var response = await page.GotoAsync("/");
        return response ?? throw new InvalidOperationException("The demo page did not answer.");
    }

    public async Task OpenAsync()
    {
        await Launcher.ClickAsync();
        await Expect(Panel).ToBeVisibleAsync();
    }

    public Task ExpectWelcomeAsync() => Expect(Welcomes).ToHaveCountAsync(1);

    /// <summary>Types and sends like a resident, then waits for the bubble and for the bot's next message.</summary>
    public async Task SendAndAwaitReplyAsync(string text)
    {
        // Every conversation opens with the welcome; counting before it arrived would take it for the reply.
        await Expect(BotMessages.First).ToBeVisibleAsync();
        var botMessagesBefore = await BotMessages.CountAsync();
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
        await Expect(UserMessages.Filter(new() { HasText = text })).ToHaveCountAsync(1);
        await Expect(BotMessages.Nth(botMessagesBefore)).ToBeVisibleAsync();
    }
}
