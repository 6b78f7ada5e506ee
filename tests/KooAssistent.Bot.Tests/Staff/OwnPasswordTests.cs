using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

public sealed class OwnPasswordTests : IDisposable
{
    private const string OldPassword = "een-lang-wachtwoord";
    private const string NewPassword = "een-heel-nieuw-wachtwoord";

    private readonly BotFactory bot = new();

    [Fact]
    public async Task A_staff_member_changes_their_own_password_this_session_continues_and_the_others_end()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var here = await StaffConsole.SignInAsync(bot, "anna");
        var elsewhere = await StaffConsole.SignInAsync(bot, "anna");

        using var changed = await here.PostAsync("/staff/api/me/password", new { currentPassword = OldPassword, newPassword = NewPassword });
        using var oldPassword = await SignInAsync("anna", OldPassword);

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await here.SessionStatusAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, await elsewhere.SessionStatusAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await (await StaffConsole.SignInAsync(bot, "anna", NewPassword)).SessionStatusAsync());
    }

    [Fact]
    public async Task The_session_that_changed_the_password_keeps_its_CSRF_token()
    {
        await StaffConsole.AddAccountAsync(bot, "coco", StaffRole.Coordinator, null);
        var coco = await StaffConsole.SignInAsync(bot, "coco");

        (await coco.PostAsync("/staff/api/me/password", new { currentPassword = OldPassword, newPassword = NewPassword })).Dispose();
        using var changedBack = await coco.PostAsync("/staff/api/me/password", new { currentPassword = NewPassword, newPassword = OldPassword });

        Assert.Equal(HttpStatusCode.NoContent, changedBack.StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_without_a_change_and_counts_towards_the_lock()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var answers = new List<HttpStatusCode>();
        string? message = null;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await anna.PostAsync("/staff/api/me/password", new { currentPassword = "niet-het-wachtwoord", newPassword = NewPassword });
            answers.Add(wrong.StatusCode);
            message ??= await wrong.Content.ReadAsStringAsync();
        }

        using var rightWhileLocked = await anna.PostAsync("/staff/api/me/password", new { currentPassword = OldPassword, newPassword = NewPassword });
        using var signIn = await SignInAsync("anna", OldPassword);

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.Contains("\"BadCredentials\"", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Locked, rightWhileLocked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Theory]
    [InlineData("{\"currentPassword\":\"een-lang-wachtwoord\",\"newPassword\":\"kort\"}", "WeakPassword")]
    [InlineData("{\"currentPassword\":\"een-lang-wachtwoord\"}", "BadArgument")]
    [InlineData("{\"newPassword\":\"een-heel-nieuw-wachtwoord\"}", "BadArgument")]
    [InlineData("geen json", "BadArgument")]
    public async Task A_bad_body_gets_400_with_a_clear_message_and_the_password_stays(string body, string code)
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/staff/api/me/password") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(CsrfFilter.HeaderName, anna.CsrfToken);

        using var response = await anna.Http.SendAsync(request);
        var error = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (string?)error!["error"]!["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)error["error"]!["message"]));
        Assert.Equal(HttpStatusCode.OK, await (await StaffConsole.SignInAsync(bot, "anna", OldPassword)).SessionStatusAsync());
    }

    [Fact]
    public async Task Changing_the_own_password_needs_the_CSRF_token()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");

        using var response = await anna.PostAsync("/staff/api/me/password", new { currentPassword = OldPassword, newPassword = NewPassword }, withToken: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await (await StaffConsole.SignInAsync(bot, "anna", OldPassword)).SessionStatusAsync());
    }

    public void Dispose() => bot.Dispose();

    private async Task<HttpResponseMessage> SignInAsync(string username, string password) =>
        await bot.CreateStaffClient().PostAsJsonAsync("/staff/api/session", new { username, password });
}
