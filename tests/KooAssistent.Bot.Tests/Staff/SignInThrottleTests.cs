using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>Sign-ins are throttled per client address and per account name before any password is checked.</summary>
public sealed class SignInThrottleTests
{
    [Fact]
    public async Task Sign_ins_beyond_the_limit_per_address_get_429_and_check_no_password()
    {
        using var bot = new BotFactory(new Dictionary<string, string?>
        {
            ["Staff:SignInsPerMinutePerAddress"] = "3",
            ["Staff:SignInsPerMinutePerAccount"] = "1000",
        });
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var allowed = await SignInAsync(bot, "anna", "fout-fout-fout");
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        using var throttled = await SignInAsync(bot, "anna", "een-lang-wachtwoord");
        var account = await bot.Services.GetRequiredService<IStaffStore>().FindAsync("anna", CancellationToken.None);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("TooManySignIns", (string?)(await throttled.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
        Assert.Equal(3, account!.FailedAttempts);
    }

    [Fact]
    public async Task Sign_ins_beyond_the_limit_per_account_name_get_429_whether_or_not_the_account_exists()
    {
        using var bot = new BotFactory(new Dictionary<string, string?>
        {
            ["Staff:SignInsPerMinutePerAddress"] = "1000",
            ["Staff:SignInsPerMinutePerAccount"] = "2",
        });
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "bram", StaffRole.Medewerker, "Buurtteam Noord");
        foreach (var username in new[] { "anna", "niemand" })
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                (await SignInAsync(bot, username, "fout-fout-fout")).Dispose();
            }
        }

        using var existing = await SignInAsync(bot, "anna", "een-lang-wachtwoord");
        using var unknown = await SignInAsync(bot, "NIEMAND", "een-lang-wachtwoord");
        using var other = await SignInAsync(bot, "bram", "een-lang-wachtwoord");

        Assert.Equal(HttpStatusCode.TooManyRequests, existing.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, unknown.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await existing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private static async Task<HttpResponseMessage> SignInAsync(BotFactory bot, string username, string password) =>
        await bot.CreateStaffClient().PostAsJsonAsync("/staff/api/session", new { username, password });
}
