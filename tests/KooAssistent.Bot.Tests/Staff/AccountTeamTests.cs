using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>An account's team is a known Buurtteam, given by id or name and stored as the name tickets carry.</summary>
public sealed class AccountTeamTests : IDisposable
{
    private readonly BotFactory bot = new(new Dictionary<string, string?>
    {
        ["Handoff:Teams:0:Name"] = "Buurtteam Noord",
        ["Handoff:Teams:0:Postcodes:0"] = "5221",
        ["Handoff:Teams:1:Name"] = "Buurtteam Testwijk",
        ["Handoff:Teams:1:Postcodes:0"] = "5299",
    });

    [Theory]
    [InlineData("noord", "Buurtteam Noord")]
    [InlineData("Buurtteam Noord", "Buurtteam Noord")]
    [InlineData("  buurtteam   noord ", "Buurtteam Noord")]
    [InlineData("rosmalen-zuid", "Buurtteam Rosmalen Zuid")]
    [InlineData("Buurtteam Testwijk", "Buurtteam Testwijk")]
    public async Task A_team_given_by_id_or_name_is_stored_as_the_name_tickets_carry(string given, string stored)
    {
        var beheerder = await BeheerderAsync();

        using var created = await beheerder.PostAsync("/staff/api/accounts", new { username = "anna", displayName = "Anna", role = "medewerker", team = given, password = "nog-een-lang-wachtwoord" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(stored, await TeamOfAsync(beheerder, "anna"));
    }

    [Fact]
    public async Task A_beheerder_reads_the_known_teams_by_name_for_the_account_form_and_a_medewerker_cannot()
    {
        var beheerder = await BeheerderAsync();
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");

        var teams = await beheerder.Http.GetFromJsonAsync<JsonArray>("/staff/api/accounts/teams");
        using var refused = await anna.Http.GetAsync(new Uri("/staff/api/accounts/teams", UriKind.Relative));

        Assert.Contains("Buurtteam Noord", teams!.Select(team => (string?)team));
        Assert.Contains("Buurtteam Testwijk", teams!.Select(team => (string?)team));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_medewerker_created_with_a_team_id_sees_the_tickets_of_that_team()
    {
        var beheerder = await BeheerderAsync();
        (await beheerder.PostAsync("/staff/api/accounts", new { username = "anna", displayName = "Anna", role = "medewerker", team = "noord", password = "nog-een-lang-wachtwoord" })).Dispose();
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", "5221 AB", "Sla over", "Sla over", "Sla over" })
        {
            await resident.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }

        var anna = await StaffConsole.SignInAsync(bot, "anna", "nog-een-lang-wachtwoord");

        Assert.Equal("Buurtteam Noord", (string)Assert.Single(await anna.TicketsAsync())!["team"]!);
    }

    [Fact]
    public async Task An_unknown_team_is_refused_with_the_known_teams_when_creating_or_changing_an_account()
    {
        var beheerder = await BeheerderAsync();
        await StaffConsole.AddAccountAsync(bot, "bram", StaffRole.Medewerker, "Buurtteam West");

        using var created = await beheerder.PostAsync("/staff/api/accounts", new { username = "anna", displayName = "Anna", role = "medewerker", team = "Buurtteam Nergens", password = "nog-een-lang-wachtwoord" });
        using var changed = await beheerder.SendAsync(HttpMethod.Put, "/staff/api/accounts/bram", new { role = "medewerker", team = "zuid" });
        var errors = new[] { await ErrorAsync(created), await ErrorAsync(changed) };

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (created.StatusCode, changed.StatusCode));
        Assert.All(errors, error => Assert.Equal("UnknownTeam", (string?)error["code"]));
        Assert.Contains("'Buurtteam Nergens'", (string?)errors[0]["message"], StringComparison.Ordinal);
        Assert.All(errors, error => Assert.Contains("noord (Buurtteam Noord), west (Buurtteam West)", (string?)error["message"], StringComparison.Ordinal));
        Assert.Contains("Buurtteam Testwijk", (string?)errors[1]["message"], StringComparison.Ordinal);
        Assert.Null(await TeamOfAsync(beheerder, "anna"));
        Assert.Equal("Buurtteam West", await TeamOfAsync(beheerder, "bram"));
    }

    [Fact]
    public async Task Changing_a_team_by_its_id_stores_its_name()
    {
        var beheerder = await BeheerderAsync();
        await StaffConsole.AddAccountAsync(bot, "bram", StaffRole.Medewerker, "Buurtteam West");

        using var changed = await beheerder.SendAsync(HttpMethod.Put, "/staff/api/accounts/bram", new { role = "medewerker", team = "maaspoort" });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal("Buurtteam Maaspoort, Empel en Engelen", await TeamOfAsync(beheerder, "bram"));
    }

    public void Dispose() => bot.Dispose();

    private static async Task<JsonObject> ErrorAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.AsObject();

    private static async Task<string?> TeamOfAsync(StaffConsole beheerder, string username)
    {
        var accounts = await beheerder.Http.GetFromJsonAsync<JsonArray>("/staff/api/accounts");
        return (string?)accounts!.FirstOrDefault(account => (string?)account!["username"] == username)?["team"];
    }

    private async Task<StaffConsole> BeheerderAsync()
    {
        await StaffConsole.AddAccountAsync(bot, "beheer", StaffRole.Beheerder, null);
        return await StaffConsole.SignInAsync(bot, "beheer");
    }
}
