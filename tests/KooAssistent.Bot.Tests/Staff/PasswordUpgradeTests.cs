using System.Net;
using System.Net.Http.Json;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>An account whose hash has an older scheme or fewer iterations gets a current hash at its next successful sign-in.</summary>
public sealed class PasswordUpgradeTests : IDisposable
{
    private const string Password = "een-lang-wachtwoord";
    private readonly BotFactory bot = new();

    private IStaffStore Accounts => bot.Services.GetRequiredService<IStaffStore>();

    [Fact]
    public async Task A_hash_of_the_first_scheme_is_upgraded_at_the_next_sign_in_without_ending_other_sessions()
    {
        Assert.True(await Accounts.AddAsync("anna", "Anna", StaffRole.Coordinator, null, PasswordHasherTests.LegacyHash(Password, 1_000), CancellationToken.None));
        var stampBefore = (await Accounts.FindAsync("anna", CancellationToken.None))!.SecurityStamp;

        var first = await StaffConsole.SignInAsync(bot, "anna", Password);

        var account = (await Accounts.FindAsync("anna", CancellationToken.None))!;
        Assert.StartsWith($"v2${PasswordHasher.CurrentIterations}$", account.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(PasswordCheck.Correct, PasswordHasher.Check(Password, account.PasswordHash));
        Assert.Equal(stampBefore, account.SecurityStamp);
        Assert.Equal(HttpStatusCode.OK, await first.SessionStatusAsync());
        await StaffConsole.SignInAsync(bot, "anna", Password);
        Assert.Equal(account.PasswordHash, (await Accounts.FindAsync("anna", CancellationToken.None))!.PasswordHash);

        using var audit = await first.Http.GetAsync(new Uri("/staff/api/audit", UriKind.Relative));
        var text = await audit.Content.ReadAsStringAsync();
        Assert.Contains("account-password-rehashed:anna", text, StringComparison.Ordinal);
        Assert.DoesNotContain(account.PasswordHash, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_v2_hash_with_fewer_iterations_is_upgraded_at_sign_in()
    {
        await Accounts.AddAsync("bram", "Bram", StaffRole.Medewerker, "Buurtteam Noord", PasswordHasher.Hash(Password, 10), CancellationToken.None);

        await StaffConsole.SignInAsync(bot, "bram", Password);

        Assert.StartsWith($"v2${PasswordHasher.CurrentIterations}$", (await Accounts.FindAsync("bram", CancellationToken.None))!.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_leaves_an_old_hash_as_it_is()
    {
        var legacy = PasswordHasherTests.LegacyHash(Password, 1_000);
        await Accounts.AddAsync("cas", "Cas", StaffRole.Medewerker, "Buurtteam Noord", legacy, CancellationToken.None);
        using var http = bot.CreateStaffClient();

        using var wrong = await http.PostAsJsonAsync("/staff/api/session", new { username = "cas", password = "niet-het-wachtwoord" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(legacy, (await Accounts.FindAsync("cas", CancellationToken.None))!.PasswordHash);
    }

    [Fact]
    public async Task An_upgrade_never_overwrites_a_password_set_in_the_meantime()
    {
        var legacy = PasswordHasherTests.LegacyHash(Password, 1_000);
        await Accounts.AddAsync("dina", "Dina", StaffRole.Medewerker, "Buurtteam Noord", legacy, CancellationToken.None);
        var reset = PasswordHasher.Hash("een-nieuw-wachtwoord");
        await Accounts.SetPasswordHashAsync("dina", reset, "beheer", CancellationToken.None);

        var replaced = await bot.Services.GetRequiredService<IPasswordUpgradeStore>().ReplaceAsync("dina", legacy, PasswordHasher.Hash(Password), CancellationToken.None);

        Assert.False(replaced);
        Assert.Equal(reset, (await Accounts.FindAsync("dina", CancellationToken.None))!.PasswordHash);
    }

    public void Dispose() => bot.Dispose();
}
