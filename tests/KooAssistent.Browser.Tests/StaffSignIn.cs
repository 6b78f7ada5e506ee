using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

/// <summary>A worker signing in through the console's own form, as a person does.</summary>
internal static class StaffSignIn
{
    /// <summary>Opens the console on the page's bot, signs in with a local password and waits for the queue's first load.</summary>
    public static async Task SignInAsync(IPage page, string username, string password)
    {
        await page.GotoAsync("/staff/index.html");
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        // Counting rows means little before the queue's first load has been shown.
        await Expect(page.Locator("#ticket-list")).ToHaveAttributeAsync("aria-busy", "false");
    }
}
