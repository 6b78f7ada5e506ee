using System.Net;
using System.Net.Http.Json;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

public sealed class StaffSignInTests : IDisposable
{
    private readonly BotFactory bot = new();

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_401()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var http = bot.CreateStaffClient();

        using var wrong = await http.PostAsJsonAsync("/staff/api/session", new { username = "anna", password = "niet-het-wachtwoord" });
        using var unknown = await http.PostAsJsonAsync("/staff/api/session", new { username = "niemand", password = "niet-het-wachtwoord" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(await wrong.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var http = bot.CreateStaffClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await http.PostAsJsonAsync("/staff/api/session", new { username = "anna", password = "fout-fout-fout" })).Dispose();
        }

        using var right = await http.PostAsJsonAsync("/staff/api/session", new { username = "anna", password = "een-lang-wachtwoord" });

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_strict_and_the_API_needs_it()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anonymous = bot.CreateStaffClient();
        using var signIn = await anonymous.PostAsJsonAsync("/staff/api/session", new { username = "anna", password = "een-lang-wachtwoord" });
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith("koo-staff=", StringComparison.Ordinal));
        using var withoutSession = await bot.CreateClient().GetAsync(new Uri("/staff/api/tickets", UriKind.Relative));

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutSession.StatusCode);
    }

    [Fact]
    public async Task A_beheerder_creates_accounts_and_nobody_else_can()
    {
        await StaffConsole.AddAccountAsync(bot, "beheer", StaffRole.Beheerder, null);
        await StaffConsole.AddAccountAsync(bot, "coco", StaffRole.Coordinator, null);
        var beheerder = await StaffConsole.SignInAsync(bot, "beheer");
        var coordinator = await StaffConsole.SignInAsync(bot, "coco");

        using var created = await beheerder.PostAsync("/staff/api/accounts", new { username = "bram", displayName = "Bram", role = "medewerker", team = "Buurtteam West", password = "nog-een-lang-wachtwoord" });
        using var weak = await beheerder.PostAsync("/staff/api/accounts", new { username = "kees", displayName = "Kees", role = "coordinator", password = "kort" });
        using var noTeam = await beheerder.PostAsync("/staff/api/accounts", new { username = "kees", displayName = "Kees", role = "medewerker", password = "nog-een-lang-wachtwoord" });
        using var twice = await beheerder.PostAsync("/staff/api/accounts", new { username = "bram", displayName = "Bram", role = "coordinator", password = "nog-een-lang-wachtwoord" });
        using var byCoordinator = await coordinator.PostAsync("/staff/api/accounts", new { username = "kees", displayName = "Kees", role = "coordinator", password = "nog-een-lang-wachtwoord" });
        using var ticketsByBeheerder = await beheerder.Http.GetAsync(new Uri("/staff/api/tickets", UriKind.Relative));
        var bram = await StaffConsole.SignInAsync(bot, "bram", "nog-een-lang-wachtwoord");

        Assert.Equal(
            [HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Conflict, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { created, weak, noTeam, twice, byCoordinator, ticketsByBeheerder }.Select(response => response.StatusCode));
        Assert.Empty(await bram.TicketsAsync());
    }

    [Theory]
    [InlineData("een-lang-wachtwoord", true)]
    [InlineData("een-lang-wachtwoorD", false)]
    [InlineData("", false)]
    public void A_password_hash_verifies_only_the_same_password(string attempt, bool expected)
    {
        var hash = PasswordHasher.Hash("een-lang-wachtwoord");

        Assert.Equal(expected, PasswordHasher.Verify(attempt, hash));
        Assert.StartsWith($"v2${PasswordHasher.CurrentIterations}$", hash, StringComparison.Ordinal);
    }

    public void Dispose() => bot.Dispose();
}
