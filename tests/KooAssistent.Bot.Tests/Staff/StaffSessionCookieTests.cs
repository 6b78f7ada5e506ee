using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>
/// The staff session lives on the server: signing out ends it for the cookie too, it ends after an absolute lifetime
/// however busy, and its cookie is only ever sent over https outside Development.
/// </summary>
public sealed class StaffSessionCookieTests : IDisposable
{
    private readonly ManualClock clock = new();
    private readonly BotFactory bot;

    public StaffSessionCookieTests() => bot = new BotFactory(
        new Dictionary<string, string?> { ["Staff:SessionMinutes"] = "480", ["Staff:SessionAbsoluteMinutes"] = "720" },
        clock);

    [Fact]
    public async Task After_sign_out_the_old_cookie_gets_401()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var http = bot.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        using var signIn = await http.PostAsJsonAsync("/staff/api/session", new { username = "anna", password = "een-lang-wachtwoord" });
        var csrf = (string)(await signIn.Content.ReadFromJsonAsync<JsonObject>())!["csrfToken"]!;
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith("koo-staff=", StringComparison.Ordinal)).Split(';')[0];

        using var before = await SendAsync(http, HttpMethod.Get, "/staff/api/tickets", cookie);
        using var signedOut = await SendAsync(http, HttpMethod.Delete, "/staff/api/session", cookie, csrf);
        using var after = await SendAsync(http, HttpMethod.Get, "/staff/api/tickets", cookie);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.Unauthorized), (before.StatusCode, signedOut.StatusCode, after.StatusCode));
    }

    [Fact]
    public async Task A_session_in_use_all_day_still_ends_at_its_absolute_lifetime()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");

        clock.Advance(TimeSpan.FromHours(5));
        var afterFive = await anna.SessionStatusAsync();
        clock.Advance(TimeSpan.FromHours(5));
        var afterTen = await anna.SessionStatusAsync();
        clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        var afterTwelve = await anna.SessionStatusAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized), (afterFive, afterTen, afterTwelve));
    }

    [Fact]
    public async Task The_session_cookie_is_Secure_outside_Development_even_when_the_request_came_in_over_http()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");

        using var signIn = await bot.CreateClient().PostAsJsonAsync("/staff/api/session", new { username = "anna", password = "een-lang-wachtwoord" });
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith("koo-staff=", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => bot.Dispose();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string cookie, string? csrf = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookie);
        if (csrf is not null)
        {
            request.Headers.Add(CsrfFilter.HeaderName, csrf);
        }

        return await http.SendAsync(request);
    }
}
