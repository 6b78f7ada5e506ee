using System.Net;
using System.Net.Http.Json;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>The lock after repeated failures holds when guesses arrive all at once, and never says an account exists.</summary>
public sealed class SignInLockoutTests : IDisposable
{
    // The throttles are out of the way here: these tests are about the lock itself.
    private readonly BotFactory bot = new(new Dictionary<string, string?>
    {
        ["Staff:SignInsPerMinutePerAddress"] = "1000",
        ["Staff:SignInsPerMinutePerAccount"] = "1000",
    });

    [Fact]
    public async Task Forty_simultaneous_wrong_guesses_get_only_as_many_password_checks_as_the_lock_allows()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(guess => SignInAsync("anna", $"gok-nummer-{guess}-fout")));
        var account = await bot.Services.GetRequiredService<IStaffStore>().FindAsync("anna", CancellationToken.None);

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
        Assert.Equal(5, account!.FailedAttempts);
        Assert.NotNull(account.LockedUntil);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task The_right_password_sent_while_guesses_are_still_being_checked_is_refused_like_a_wrong_one()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var store = bot.Services.GetRequiredService<IStaffStore>();
        var guesses = Enumerable.Range(0, 39).Select(guess => SignInAsync("anna", $"gok-nummer-{guess}-fout")).ToList();
        await Polling.WaitUntilAsync(async () => (await store.FindAsync("anna", CancellationToken.None))!.FailedAttempts >= 5, TimeSpan.FromSeconds(30));

        using var right = await SignInAsync("anna", "een-lang-wachtwoord");
        using var unknown = await SignInAsync("niemand", "een-lang-wachtwoord");
        var wrong = await Task.WhenAll(guesses);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await right.Content.ReadAsStringAsync());
        Assert.All(wrong, response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
        foreach (var response in wrong)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_locked_account_answers_exactly_like_an_unknown_user_and_no_status_says_it_exists()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await SignInAsync("anna", "fout-fout-fout")).Dispose();
        }

        using var locked = await SignInAsync("anna", "een-lang-wachtwoord");
        using var unknown = await SignInAsync("niemand", "een-lang-wachtwoord");

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(unknown.StatusCode, locked.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await locked.Content.ReadAsStringAsync());
    }

    public void Dispose() => bot.Dispose();

    private async Task<HttpResponseMessage> SignInAsync(string username, string password) =>
        await bot.CreateStaffClient().PostAsJsonAsync("/staff/api/session", new { username, password });
}
