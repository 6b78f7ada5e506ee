using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Bot.Staff.Oidc;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Staff.Oidc;

/// <summary>
/// Sign-in to the console through the municipality's identity provider (a small provider on loopback): the code
/// flow with PKCE end to end, groups to role and Buurtteam, refusals, and sign-out, over the console's own sessions.
/// </summary>
public sealed class OidcSignInTests(OidcConsoleFixture fixture) : IClassFixture<OidcConsoleFixture>
{
    private LoopbackOidcProvider Provider => fixture.Provider;

    private IStaffStore Accounts => fixture.Bot.Services.GetRequiredService<IStaffStore>();

    [Fact]
    public async Task A_medewerker_signs_in_through_the_provider_with_pkce_and_gets_the_team_of_their_group()
    {
        Provider.NextPerson = new OidcPerson("sub-1", "Fleur.de.Vries@gemeente.example", "Fleur", ["iets-anders", OidcConsoleFixture.MedewerkersGroup, OidcConsoleFixture.NoordGroup]);
        using var browser = new OidcBrowser(fixture.Bot);

        var landed = await browser.SignInAsync();

        Assert.Equal("/staff/index.html", landed.OriginalString);
        var session = await browser.SessionAsync();
        Assert.NotNull(session);
        Assert.Equal("fleur.de.vries@gemeente.example", (string?)session["username"]);
        Assert.Equal("Medewerker", (string?)session["role"]);
        Assert.Equal("Buurtteam Noord", (string?)session["team"]);
        Assert.Contains("token issued, pkce verified", Provider.Log);
        var account = await Accounts.FindAsync("fleur.de.vries@gemeente.example", CancellationToken.None);
        Assert.NotNull(account);
        Assert.Equal("Fleur", account.DisplayName);
        Assert.True(ExternalAccount.IsExternal(account));

        // The console's own model holds: the queue answers, and a change without the CSRF token is refused.
        using var queue = await browser.Console.GetAsync(new Uri("/staff/api/tickets", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        using var withoutToken = await browser.Console.DeleteAsync(new Uri("/staff/api/session", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
    }

    [Fact]
    public async Task The_first_role_rule_that_matches_decides_and_a_team_may_be_named_by_its_name()
    {
        Provider.NextPerson = new OidcPerson("sub-2", "karim", "Karim", [OidcConsoleFixture.MedewerkersGroup, "buurtteam-west-GROEP", OidcConsoleFixture.CoordinatorsGroup]);
        using var browser = new OidcBrowser(fixture.Bot);

        await browser.SignInAsync();

        var session = await browser.SessionAsync();
        Assert.Equal("Coordinator", (string?)session!["role"]);
        Assert.Equal("Buurtteam West", (string?)session["team"]);
    }

    [Fact]
    public async Task A_person_whose_groups_give_no_role_is_refused_with_a_reason_and_gets_no_account()
    {
        Provider.NextPerson = new OidcPerson("sub-3", "bezoeker", "Bezoeker", [OidcConsoleFixture.NoordGroup, "alle-medewerkers-gemeente"]);
        using var browser = new OidcBrowser(fixture.Bot);

        var landed = await browser.SignInAsync();

        Assert.Equal("/staff/index.html?aanmelden=geen-rol", landed.OriginalString);
        Assert.Null(await browser.SessionAsync());
        Assert.Null(await Accounts.FindAsync("bezoeker", CancellationToken.None));
        Assert.Empty(browser.CookieCopy);
    }

    [Fact]
    public async Task A_medewerker_without_a_team_group_is_refused()
    {
        Provider.NextPerson = new OidcPerson("sub-4", "zonderteam", "Zonder", [OidcConsoleFixture.MedewerkersGroup]);
        using var browser = new OidcBrowser(fixture.Bot);

        Assert.Equal("/staff/index.html?aanmelden=geen-team", (await browser.SignInAsync()).OriginalString);
        Assert.Null(await browser.SessionAsync());
    }

    [Fact]
    public async Task A_disabled_account_is_refused_and_its_open_session_ends()
    {
        Provider.NextPerson = new OidcPerson("sub-5", "jesse", "Jesse", [OidcConsoleFixture.MedewerkersGroup, OidcConsoleFixture.NoordGroup]);
        using var first = new OidcBrowser(fixture.Bot);
        await first.SignInAsync();
        Assert.NotNull(await first.SessionAsync());

        Assert.True(await Accounts.DisableAsync("jesse", "beheerder", CancellationToken.None));

        Assert.Null(await first.SessionAsync());
        using var again = new OidcBrowser(fixture.Bot);
        Assert.Equal("/staff/index.html?aanmelden=uitgeschakeld", (await again.SignInAsync()).OriginalString);
        Assert.Null(await again.SessionAsync());
    }

    [Fact]
    public async Task A_local_account_of_the_same_name_is_not_taken_over_nor_is_an_account_of_another_subject()
    {
        await StaffConsole.AddAccountAsync(fixture.Bot, "noor", StaffRole.Beheerder, null);
        Provider.NextPerson = new OidcPerson("sub-6", "noor", "Noor", [OidcConsoleFixture.BeheerdersGroup]);
        using var browser = new OidcBrowser(fixture.Bot);
        Assert.Equal("/staff/index.html?aanmelden=naam-bezet", (await browser.SignInAsync()).OriginalString);

        Provider.NextPerson = new OidcPerson("sub-7", "sam", "Sam", [OidcConsoleFixture.BeheerdersGroup]);
        await browser.SignInAsync();
        Assert.Equal("Beheerder", (string?)(await browser.SessionAsync())!["role"]);
        Provider.NextPerson = new OidcPerson("sub-7-someone-else", "sam", "Sam", [OidcConsoleFixture.BeheerdersGroup]);
        using var other = new OidcBrowser(fixture.Bot);
        Assert.Equal("/staff/index.html?aanmelden=naam-bezet", (await other.SignInAsync()).OriginalString);
    }

    [Fact]
    public async Task An_account_of_the_provider_cannot_sign_in_with_a_password_nor_be_given_one()
    {
        Provider.NextPerson = new OidcPerson("sub-8", "lotte", "Lotte", [OidcConsoleFixture.CoordinatorsGroup]);
        using var browser = new OidcBrowser(fixture.Bot);
        await browser.SignInAsync();
        var account = await Accounts.FindAsync("lotte", CancellationToken.None);

        using var http = fixture.Bot.CreateStaffClient();
        using var password = await http.PostAsJsonAsync("/staff/api/session", new { username = "lotte", password = account!.PasswordHash });
        Assert.Equal(HttpStatusCode.Unauthorized, password.StatusCode);

        var session = (await browser.SessionAsync())!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/staff/api/me/password")
        {
            Content = JsonContent.Create(new { currentPassword = "wat-dan-ook-1234", newPassword = "een-nieuw-wachtwoord" }),
        };
        request.Headers.Add(CsrfFilter.HeaderName, (string)session["csrfToken"]!);
        using var own = await browser.Console.SendAsync(request);
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
    }

    [Fact]
    public async Task Groups_changed_at_the_provider_change_the_role_at_the_next_sign_in_and_end_older_sessions()
    {
        Provider.NextPerson = new OidcPerson("sub-9", "ravi", "Ravi", [OidcConsoleFixture.MedewerkersGroup, OidcConsoleFixture.NoordGroup]);
        using var before = new OidcBrowser(fixture.Bot);
        await before.SignInAsync();

        Provider.NextPerson = Provider.NextPerson with { Groups = [OidcConsoleFixture.CoordinatorsGroup] };
        using var after = new OidcBrowser(fixture.Bot);
        await after.SignInAsync();

        Assert.Equal("Coordinator", (string?)(await after.SessionAsync())!["role"]);
        Assert.Null((await after.SessionAsync())!["team"]);
        Assert.Null(await before.SessionAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_console_session_and_sends_the_browser_to_the_providers_sign_out()
    {
        Provider.NextPerson = new OidcPerson("sub-10", "mila", "Mila", [OidcConsoleFixture.MedewerkersGroup, OidcConsoleFixture.NoordGroup]);
        using var browser = new OidcBrowser(fixture.Bot);
        await browser.SignInAsync();
        var csrf = (string)(await browser.SessionAsync())!["csrfToken"]!;
        Assert.NotEmpty(browser.CookieCopy);

        using var request = new HttpRequestMessage(HttpMethod.Delete, "/staff/api/session");
        request.Headers.Add(CsrfFilter.HeaderName, csrf);
        using var signOut = await browser.Console.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, signOut.StatusCode);
        var endSession = new Uri((string)(await signOut.Content.ReadFromJsonAsync<JsonObject>())!["endSessionUrl"]!);
        Assert.StartsWith($"{Provider.Issuer}/logout?", endSession.ToString(), StringComparison.Ordinal);
        Assert.Contains("id_token_hint=", endSession.Query, StringComparison.Ordinal);
        Assert.Contains("post_logout_redirect_uri=https%3A%2F%2Flocalhost%2Fstaff%2Findex.html%3Fafgemeld%3D1", endSession.Query, StringComparison.Ordinal);
        Assert.Null(await browser.SessionAsync());
        using var copy = new HttpRequestMessage(HttpMethod.Get, "https://localhost/staff/api/session");
        copy.Headers.Add("Cookie", browser.CookieCopy);
        using var plain = fixture.Bot.Server.CreateClient();
        using var withCopy = await plain.SendAsync(copy);
        Assert.Equal(HttpStatusCode.Unauthorized, withCopy.StatusCode);
    }

    [Fact]
    public async Task An_id_token_signed_with_a_key_outside_the_providers_keys_is_refused()
    {
        Provider.NextPerson = new OidcPerson("sub-11", "vals", "Vals", [OidcConsoleFixture.BeheerdersGroup]);
        Provider.SignWithUnknownKey = true;
        try
        {
            using var browser = new OidcBrowser(fixture.Bot);
            Assert.Equal("/staff/index.html?aanmelden=mislukt", (await browser.SignInAsync()).OriginalString);
            Assert.Null(await browser.SessionAsync());
            Assert.Null(await Accounts.FindAsync("vals", CancellationToken.None));
        }
        finally
        {
            Provider.SignWithUnknownKey = false;
        }
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_provider_and_the_password_form()
    {
        using var http = fixture.Bot.CreateStaffClient();
        var options = await http.GetFromJsonAsync<JsonObject>("/staff/api/sign-in-options");
        Assert.True((bool)options!["local"]!);
        Assert.True((bool)options["identityProvider"]!);
    }
}
