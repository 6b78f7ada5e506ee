using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>Who may change accounts, and how the account API answers what it refuses.</summary>
public sealed class AccountManagementTests : IDisposable
{
    private static readonly (HttpMethod Method, string Path, object? Body)[] Changes =
    [
        (HttpMethod.Post, "/staff/api/accounts", new { username = "kees", role = "coordinator", password = "nog-een-lang-wachtwoord" }),
        (HttpMethod.Post, "/staff/api/accounts/anna/disable", null),
        (HttpMethod.Post, "/staff/api/accounts/anna/enable", null),
        (HttpMethod.Post, "/staff/api/accounts/anna/password", new { password = "nog-een-lang-wachtwoord" }),
        (HttpMethod.Put, "/staff/api/accounts/anna", new { role = "coordinator" }),
        (HttpMethod.Delete, "/staff/api/accounts/anna", null),
    ];

    private readonly BotFactory bot = new();

    [Fact]
    public async Task A_beheerder_cannot_disable_delete_demote_or_reset_their_own_account()
    {
        await StaffConsole.AddAccountAsync(bot, "beheer", StaffRole.Beheerder, null);
        var beheerder = await StaffConsole.SignInAsync(bot, "beheer");

        using var disable = await beheerder.PostAsync("/staff/api/accounts/beheer/disable");
        using var delete = await beheerder.SendAsync(HttpMethod.Delete, "/staff/api/accounts/beheer");
        using var demote = await beheerder.SendAsync(HttpMethod.Put, "/staff/api/accounts/beheer", new { role = "coordinator" });
        using var reset = await beheerder.PostAsync("/staff/api/accounts/beheer/password", new { password = "nog-een-lang-wachtwoord" });
        var messages = await Task.WhenAll(new[] { disable, delete, demote, reset }.Select(ErrorAsync));

        Assert.Equal(
            [HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict],
            new[] { disable, delete, demote, reset }.Select(response => response.StatusCode));
        Assert.All(messages, error => Assert.Equal("OwnAccount", (string?)error["code"]));
        Assert.Contains("own account", (string?)messages[0]["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await beheerder.SessionStatusAsync());
        var session = await beheerder.Http.GetFromJsonAsync<JsonObject>("/staff/api/session");
        Assert.Equal("Beheerder", (string?)session!["role"]);
    }

    [Fact]
    public async Task An_account_that_holds_a_residents_conversation_cannot_be_deleted_until_it_is_handed_back()
    {
        await ResidentWaitingForAPersonAsync();
        await StaffConsole.AddAccountAsync(bot, "beheer", StaffRole.Beheerder, null);
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var ticket = (string)(await anna.TicketsAsync())[0]!["id"]!;
        (await anna.PostAsync($"/staff/api/tickets/{ticket}/claim")).Dispose();
        var beheerder = await StaffConsole.SignInAsync(bot, "beheer");

        using var refused = await beheerder.SendAsync(HttpMethod.Delete, "/staff/api/accounts/anna");
        var error = await ErrorAsync(refused);
        (await anna.PostAsync($"/staff/api/tickets/{ticket}/return")).Dispose();
        using var deleted = await beheerder.SendAsync(HttpMethod.Delete, "/staff/api/accounts/anna");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("HoldsTickets", (string?)error["code"]);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_puts_the_conversations_it_held_back_in_the_queue_for_another_worker()
    {
        await ResidentWaitingForAPersonAsync();
        await StaffConsole.AddAccountAsync(bot, "beheer", StaffRole.Beheerder, null);
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "bram", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var ticket = (string)(await anna.TicketsAsync())[0]!["id"]!;
        (await anna.PostAsync($"/staff/api/tickets/{ticket}/claim")).Dispose();

        (await (await StaffConsole.SignInAsync(bot, "beheer")).PostAsync("/staff/api/accounts/anna/disable")).Dispose();
        var bram = await StaffConsole.SignInAsync(bot, "bram");
        var queued = await bram.TicketsAsync("Queued");
        using var claimed = await bram.PostAsync($"/staff/api/tickets/{ticket}/claim");

        Assert.Contains(queued, row => (string?)row!["id"] == ticket);
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
    }

    [Theory]
    [InlineData(StaffRole.Medewerker, "Buurtteam Noord")]
    [InlineData(StaffRole.Coordinator, null)]
    public async Task Medewerkers_and_coordinators_get_403_on_every_account_endpoint_and_change_nothing(StaffRole role, string? team)
    {
        await StaffConsole.AddAccountAsync(bot, "other", role, team);
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var other = await StaffConsole.SignInAsync(bot, "other");
        var anna = await StaffConsole.SignInAsync(bot, "anna");

        using var list = await other.Http.GetAsync(new Uri("/staff/api/accounts", UriKind.Relative));
        var statuses = new List<HttpStatusCode> { list.StatusCode };
        foreach (var (method, path, body) in Changes)
        {
            using var response = await other.SendAsync(method, path, body);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.Equal(HttpStatusCode.OK, await anna.SessionStatusAsync());
        Assert.Equal(HttpStatusCode.OK, await (await StaffConsole.SignInAsync(bot, "anna")).SessionStatusAsync());
    }

    [Fact]
    public async Task Account_changes_without_the_CSRF_token_are_refused_and_change_nothing()
    {
        await StaffConsole.AddAccountAsync(bot, "beheer", StaffRole.Beheerder, null);
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var beheerder = await StaffConsole.SignInAsync(bot, "beheer");
        var anna = await StaffConsole.SignInAsync(bot, "anna");

        var codes = new List<string?>();
        foreach (var (method, path, body) in Changes)
        {
            using var response = await beheerder.SendAsync(method, path, body, withToken: false);
            codes.Add($"{(int)response.StatusCode} {(string?)(await ErrorAsync(response))["code"]}");
        }

        Assert.All(codes, code => Assert.Equal("403 CsrfTokenMissing", code));
        Assert.Equal(HttpStatusCode.OK, await anna.SessionStatusAsync());
        var accounts = await beheerder.Http.GetFromJsonAsync<JsonArray>("/staff/api/accounts");
        Assert.Equal(["anna", "beheer"], accounts!.Select(account => (string?)account!["username"]));
    }

    [Theory]
    [InlineData("POST", "/staff/api/accounts/anna/password", "{\"password\":\"kort\"}", "WeakPassword", "12")]
    [InlineData("POST", "/staff/api/accounts/anna/password", "{}", "BadArgument", "password")]
    [InlineData("POST", "/staff/api/accounts/anna/password", "geen json", "BadArgument", "password")]
    [InlineData("PUT", "/staff/api/accounts/anna", "{\"role\":\"baas\"}", "BadArgument", "medewerker|coordinator|beheerder")]
    [InlineData("PUT", "/staff/api/accounts/anna", "{\"role\":\"1\"}", "BadArgument", "medewerker|coordinator|beheerder")]
    [InlineData("PUT", "/staff/api/accounts/anna", "{\"role\":\"Medewerker,Coordinator\"}", "BadArgument", "medewerker|coordinator|beheerder")]
    [InlineData("PUT", "/staff/api/accounts/anna", "{\"role\":\"medewerker\",\"team\":\" \"}", "BadArgument", "needs a team")]
    [InlineData("PUT", "/staff/api/accounts/anna", "", "BadArgument", "role")]
    [InlineData("POST", "/staff/api/accounts", "geen json", "BadArgument", "username")]
    public async Task A_bad_body_gets_400_with_a_clear_message_and_changes_nothing(string method, string path, string body, string code, string hint)
    {
        await StaffConsole.AddAccountAsync(bot, "beheer", StaffRole.Beheerder, null);
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var beheerder = await StaffConsole.SignInAsync(bot, "beheer");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(CsrfFilter.HeaderName, beheerder.CsrfToken);

        using var response = await beheerder.Http.SendAsync(request);
        var error = await ErrorAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (string?)error["code"]);
        Assert.Contains(hint, (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await anna.SessionStatusAsync());
    }

    [Theory]
    [InlineData("POST", "/staff/api/accounts/niemand/disable")]
    [InlineData("POST", "/staff/api/accounts/niemand/enable")]
    [InlineData("POST", "/staff/api/accounts/niemand/password")]
    [InlineData("PUT", "/staff/api/accounts/niemand")]
    [InlineData("DELETE", "/staff/api/accounts/niemand")]
    public async Task A_change_to_an_unknown_account_gets_404(string method, string path)
    {
        await StaffConsole.AddAccountAsync(bot, "beheer", StaffRole.Beheerder, null);
        var beheerder = await StaffConsole.SignInAsync(bot, "beheer");

        using var response = await beheerder.SendAsync(new HttpMethod(method), path, new { password = "nog-een-lang-wachtwoord", role = "coordinator" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There is no account 'niemand'.", (string?)(await ErrorAsync(response))["message"]);
    }

    [Fact]
    public async Task Every_account_change_is_in_the_audit_log_with_who_did_it_and_never_a_password()
    {
        await StaffConsole.AddAccountAsync(bot, "beheer", StaffRole.Beheerder, null);
        await StaffConsole.AddAccountAsync(bot, "coco", StaffRole.Coordinator, null);
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var beheerder = await StaffConsole.SignInAsync(bot, "beheer");
        var coco = await StaffConsole.SignInAsync(bot, "coco");

        (await beheerder.PostAsync("/staff/api/accounts/anna/disable")).Dispose();
        (await beheerder.PostAsync("/staff/api/accounts/anna/enable")).Dispose();
        (await beheerder.PostAsync("/staff/api/accounts/anna/password", new { password = "geheim-reset-wachtwoord" })).Dispose();
        (await beheerder.SendAsync(HttpMethod.Put, "/staff/api/accounts/anna", new { role = "coordinator" })).Dispose();
        (await beheerder.SendAsync(HttpMethod.Delete, "/staff/api/accounts/anna")).Dispose();
        (await coco.PostAsync("/staff/api/me/password", new { currentPassword = "een-lang-wachtwoord", newPassword = "geheim-eigen-wachtwoord" })).Dispose();
        using var audit = await coco.Http.GetAsync(new Uri("/staff/api/audit", UriKind.Relative));
        var text = await audit.Content.ReadAsStringAsync();
        var entries = JsonNode.Parse(text)!.AsArray().Select(entry => $"{(string?)entry!["actor"]} {(string?)entry["action"]}").Reverse();

        Assert.Equal(
            ["beheer account-disabled:anna", "beheer account-enabled:anna", "beheer account-password-reset:anna", "beheer account-role-changed:anna", "beheer account-deleted:anna", "coco account-password-changed:coco"],
            entries);
        Assert.DoesNotContain("geheim", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pbkdf2", text, StringComparison.Ordinal);
    }

    public void Dispose() => bot.Dispose();

    private async Task ResidentWaitingForAPersonAsync()
    {
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", "Sla over", "Sla over", "Sla over", "Sla over" })
        {
            await resident.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }
    }

    private static async Task<JsonObject> ErrorAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.AsObject();
}
