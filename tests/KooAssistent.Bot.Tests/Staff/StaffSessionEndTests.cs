using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>What a beheerder's change to an account does to that account's sessions and sign-ins.</summary>
public sealed class StaffSessionEndTests : IDisposable
{
    private const string NewPassword = "een-heel-nieuw-wachtwoord";

    private readonly BotFactory bot = new();

    [Fact]
    public async Task Disabling_an_account_ends_its_session_at_once_and_its_sign_in_is_refused_like_a_wrong_password()
    {
        var (beheerder, anna) = await BeheerderAndAnnaAsync();

        using var disabled = await beheerder.PostAsync("/staff/api/accounts/anna/disable");
        var sessionAfter = await anna.SessionStatusAsync();
        using var rightPassword = await SignInAsync("anna", "een-lang-wachtwoord");
        using var unknownUser = await SignInAsync("niemand", "een-lang-wachtwoord");
        var listed = await ListedAsync(beheerder, "anna");

        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, sessionAfter);
        Assert.Equal(HttpStatusCode.Unauthorized, rightPassword.StatusCode);
        Assert.Equal(await unknownUser.Content.ReadAsStringAsync(), await rightPassword.Content.ReadAsStringAsync());
        Assert.True((bool)listed["disabled"]!);
    }

    [Fact]
    public async Task An_enabled_account_signs_in_again_and_its_old_session_stays_ended()
    {
        var (beheerder, anna) = await BeheerderAndAnnaAsync();

        (await beheerder.PostAsync("/staff/api/accounts/anna/disable")).Dispose();
        using var enabled = await beheerder.PostAsync("/staff/api/accounts/anna/enable");

        Assert.Equal(HttpStatusCode.NoContent, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await anna.SessionStatusAsync());
        var again = await StaffConsole.SignInAsync(bot, "anna");
        Assert.Equal(HttpStatusCode.OK, await again.SessionStatusAsync());
        Assert.False((bool)(await ListedAsync(beheerder, "anna"))["disabled"]!);
    }

    [Fact]
    public async Task A_password_reset_ends_the_old_session_refuses_the_old_password_and_clears_the_lock()
    {
        var (beheerder, anna) = await BeheerderAndAnnaAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await SignInAsync("anna", "fout-fout-fout")).Dispose();
        }

        using var locked = await SignInAsync("anna", "een-lang-wachtwoord");
        using var reset = await beheerder.PostAsync("/staff/api/accounts/anna/password", new { password = NewPassword });
        using var oldPassword = await SignInAsync("anna", "een-lang-wachtwoord");

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await anna.SessionStatusAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await (await StaffConsole.SignInAsync(bot, "anna", NewPassword)).SessionStatusAsync());
    }

    [Fact]
    public async Task A_new_team_ends_the_session_and_the_next_sign_in_carries_the_new_team()
    {
        var (beheerder, anna) = await BeheerderAndAnnaAsync();

        using var changed = await beheerder.SendAsync(HttpMethod.Put, "/staff/api/accounts/anna", new { role = "medewerker", team = "Buurtteam West" });
        var sessionAfter = await anna.SessionStatusAsync();
        var again = await StaffConsole.SignInAsync(bot, "anna");
        var session = await again.Http.GetFromJsonAsync<JsonObject>("/staff/api/session");

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, sessionAfter);
        Assert.Equal("Buurtteam West", (string?)session!["team"]);
    }

    [Fact]
    public async Task A_new_role_ends_the_session_but_saving_the_same_role_and_team_does_not()
    {
        var (beheerder, anna) = await BeheerderAndAnnaAsync();

        using var same = await beheerder.SendAsync(HttpMethod.Put, "/staff/api/accounts/anna", new { role = "Medewerker", team = "Buurtteam Noord" });
        var afterSame = await anna.SessionStatusAsync();
        using var promoted = await beheerder.SendAsync(HttpMethod.Put, "/staff/api/accounts/anna", new { role = "coordinator", team = "Buurtteam Noord" });

        Assert.Equal(HttpStatusCode.NoContent, same.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterSame);
        Assert.Equal(HttpStatusCode.NoContent, promoted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await anna.SessionStatusAsync());
        Assert.Equal("Coordinator", (string?)(await ListedAsync(beheerder, "anna"))["role"]);
    }

    [Fact]
    public async Task A_deleted_account_loses_its_session_and_signs_in_like_an_unknown_user()
    {
        var (beheerder, anna) = await BeheerderAndAnnaAsync();

        using var deleted = await beheerder.SendAsync(HttpMethod.Delete, "/staff/api/accounts/anna");
        using var again = await beheerder.SendAsync(HttpMethod.Delete, "/staff/api/accounts/anna");
        using var signIn = await SignInAsync("anna", "een-lang-wachtwoord");
        var accounts = await beheerder.Http.GetFromJsonAsync<JsonArray>("/staff/api/accounts");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await anna.SessionStatusAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.DoesNotContain(accounts!, account => (string?)account!["username"] == "anna");
    }

    [Fact]
    public async Task An_open_event_stream_ends_when_its_account_is_disabled()
    {
        var (beheerder, anna) = await BeheerderAndAnnaAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var stream = await anna.Http.GetAsync(new Uri("/staff/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal(": connected", await reader.ReadLineAsync(timeout.Token));

        (await beheerder.PostAsync("/staff/api/accounts/anna/disable")).Dispose();
        bot.Services.GetRequiredService<StaffEvents>().Publish("tickets", "Buurtteam Noord");
        var rest = await reader.ReadToEndAsync(timeout.Token);

        Assert.DoesNotContain("data:", rest, StringComparison.Ordinal);
    }

    public void Dispose() => bot.Dispose();

    private async Task<(StaffConsole Beheerder, StaffConsole Anna)> BeheerderAndAnnaAsync()
    {
        await StaffConsole.AddAccountAsync(bot, "beheer", StaffRole.Beheerder, null);
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        return (await StaffConsole.SignInAsync(bot, "beheer"), await StaffConsole.SignInAsync(bot, "anna"));
    }

    private async Task<HttpResponseMessage> SignInAsync(string username, string password) =>
        await bot.CreateStaffClient().PostAsJsonAsync("/staff/api/session", new { username, password });

    private static async Task<JsonNode> ListedAsync(StaffConsole beheerder, string username)
    {
        var accounts = await beheerder.Http.GetFromJsonAsync<JsonArray>("/staff/api/accounts");
        return accounts!.Single(account => (string?)account!["username"] == username)!;
    }
}
