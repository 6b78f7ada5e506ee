using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// A beheerder's accounts page: create an account with a role and a known Buurtteam chosen from a list, switch it off
/// and on, change its role and team, give it a new password — by the buttons of its row, with nothing for axe to report.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StaffAccountsPageTests(BrowserFixture browser)
{
    private const string Password = "een-lang-wachtwoord";

    [Fact]
    public async Task A_beheerder_creates_disables_enables_changes_and_resets_an_account_on_the_page()
    {
        var beheerder = await StaffConsoleLayoutTests.AddAccountAsync(browser.Bot, StaffRole.Beheerder, null);
        var page = await browser.NewPageAsync(1024, 768);
        await page.GotoAsync("/staff/index.html");
        await page.Locator("#username").FillAsync(beheerder);
        await page.Locator("#password").FillAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#account-rows")).ToContainTextAsync(beheerder);
        var username = "noor" + Guid.NewGuid().ToString("N")[..6];
        var row = page.Locator("#account-rows tr").Filter(new() { HasText = username });

        await page.Locator("#new-username").FillAsync(username);
        await page.Locator("#new-display-name").FillAsync("Noor");
        await page.Locator("#new-role").SelectOptionAsync(new SelectOptionValue { Label = "Medewerker" });
        await page.Locator("#new-team").SelectOptionAsync(new SelectOptionValue { Label = "Buurtteam Noord" });
        await page.Locator("#new-account-password").FillAsync("nog-een-lang-wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        await Expect(page.Locator("#accounts-result")).ToContainTextAsync("is gemaakt");
        await Expect(row).ToContainTextAsync("Buurtteam Noord");
        await Expect(row).ToContainTextAsync("Actief");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Uitzetten: {username}" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Uitgeschakeld");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Aanzetten: {username}" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Actief");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Wijzigen: {username}" }).ClickAsync();
        await Expect(page.Locator("#account-edit-title")).ToBeFocusedAsync();
        await page.Locator("#edit-role").SelectOptionAsync(new SelectOptionValue { Label = "Coördinator" });
        await page.Locator("#edit-team").SelectOptionAsync(new SelectOptionValue { Label = "Geen team" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Coördinator");
        await Expect(page.Locator("#account-edit-form")).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Nieuw wachtwoord: {username}" }).ClickAsync();
        await page.Locator("#reset-password").FillAsync("een-heel-nieuw-wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord instellen" }).ClickAsync();
        await Expect(page.Locator("#accounts-result")).ToContainTextAsync("heeft een nieuw wachtwoord");

        var violations = await AxeChecker.RunAsync(page);
        Assert.True(violations.Count == 0, AxeChecker.Describe(violations));
    }
}
