using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Bot.Tests.Staff.Oidc;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary><c>Staff:LocalAccounts:Enabled</c>: the break-glass password sign-in, on by default, off when the provider is the only way in.</summary>
public sealed class LocalAccountsSwitchTests
{
    [Fact]
    public async Task Without_a_provider_the_page_offers_only_the_password_form()
    {
        using var bot = new BotFactory();
        using var http = bot.CreateStaffClient();

        var options = await http.GetFromJsonAsync<JsonObject>("/staff/api/sign-in-options");
        using var start = await http.GetAsync(new Uri("/staff/oidc/signin", UriKind.Relative));

        Assert.True((bool)options!["local"]!);
        Assert.False((bool)options["identityProvider"]!);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
    }

    [Fact]
    public async Task Switched_off_the_password_sign_in_is_refused_and_sessions_of_local_accounts_end()
    {
        await using var provider = await LoopbackOidcProvider.StartAsync();
        using var data = new TemporaryDirectory();
        using (var before = new BotFactory(OidcConsoleFixture.Settings(provider), dataDirectory: data))
        {
            await StaffConsole.AddAccountAsync(before, "breekglas", StaffRole.Beheerder, null);
            await StaffConsole.SignInAsync(before, "breekglas");
            Assert.True(await LocalSessionIsCurrentAsync(before));
        }

        var settings = OidcConsoleFixture.Settings(provider);
        settings["Staff:LocalAccounts:Enabled"] = "false";
        using var bot = new BotFactory(settings, dataDirectory: data);
        using var http = bot.CreateStaffClient();

        using var signIn = await http.PostAsJsonAsync("/staff/api/session", new { username = "breekglas", password = "een-lang-wachtwoord" });
        var options = await http.GetFromJsonAsync<JsonObject>("/staff/api/sign-in-options");

        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.Contains("LocalSignInDisabled", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False((bool)options!["local"]!);
        Assert.True((bool)options["identityProvider"]!);
        Assert.False(await LocalSessionIsCurrentAsync(bot));
    }

    [Fact]
    public void Switched_off_without_a_provider_the_bot_does_not_start()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Staff:LocalAccounts:Enabled"] = "false" });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.Contains("Staff:LocalAccounts:Enabled", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Whether a session of the local account, listed as a sign-in would list it, passes the check every request makes.</summary>
    private static async Task<bool> LocalSessionIsCurrentAsync(BotFactory bot)
    {
        var account = await bot.Services.GetRequiredService<IStaffStore>().FindAsync("breekglas", CancellationToken.None);
        var principal = await StaffSession.StartAsync(
            bot.Services.GetRequiredService<IStaffSessionStore>(), account!, bot.Services.GetRequiredService<TimeProvider>().GetUtcNow(), 60, via: null, CancellationToken.None);
        return await StaffSessionValidator.IsCurrentAsync(principal, bot.Services, CancellationToken.None);
    }
}
