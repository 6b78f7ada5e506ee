using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>What a resident learns about the worker: a display name and an id that says nothing, never the sign-in name.</summary>
public sealed class WorkerNameTests : IDisposable
{
    private readonly BotFactory bot = new();

    [Fact]
    public async Task The_resident_sees_the_workers_display_name_and_an_opaque_id_never_the_sign_in_name()
    {
        var beheerder = await BeheerderAsync();
        using (var created = await beheerder.PostAsync("/staff/api/accounts", new { username = "a.devries", displayName = "Anna", role = "medewerker", team = "Buurtteam Noord", password = "nog-een-lang-wachtwoord" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", "Sla over", "Hier in de chat", "Sla over", "Sla over" })
        {
            await resident.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }

        var anna = await StaffConsole.SignInAsync(bot, "a.devries", "nog-een-lang-wachtwoord");
        var id = (string)(await anna.TicketsAsync())[0]!["id"]!;
        (await anna.PostAsync($"/staff/api/tickets/{id}/claim")).Dispose();
        (await anna.PostAsync($"/staff/api/tickets/{id}/messages", new { text = "Hoi, vertel maar." })).Dispose();
        var (activities, _) = await resident.GetActivitiesAsync(session);
        var fromWorker = activities.Where(activity => (string?)activity["from"]!["name"] == "Anna").ToList();

        Assert.Equal(2, fromWorker.Count);
        Assert.Equal("Je praat nu met Anna van het Buurtteam.", (string?)fromWorker[0]["text"]);
        Assert.All(fromWorker, activity => Assert.Matches("^staff:[0-9a-f]{32}$", (string?)activity["from"]!["id"]));
        Assert.DoesNotContain("devries", new JsonArray([.. activities.Select(activity => activity!.DeepClone())]).ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_new_account_needs_a_display_name_and_a_beheerder_can_change_it()
    {
        var beheerder = await BeheerderAsync();

        using var without = await beheerder.PostAsync("/staff/api/accounts", new { username = "bram", role = "coordinator", password = "nog-een-lang-wachtwoord" });
        using var with = await beheerder.PostAsync("/staff/api/accounts", new { username = "bram", displayName = "Bram", role = "coordinator", password = "nog-een-lang-wachtwoord" });
        using var renamed = await beheerder.SendAsync(HttpMethod.Put, "/staff/api/accounts/bram", new { role = "coordinator", displayName = "Bram van Dijk" });
        var accounts = await beheerder.Http.GetFromJsonAsync<JsonArray>("/staff/api/accounts");

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, renamed.StatusCode);
        Assert.Equal("Bram van Dijk", (string?)accounts!.Single(account => (string?)account!["username"] == "bram")!["displayName"]);
    }

    public void Dispose() => bot.Dispose();

    private async Task<StaffConsole> BeheerderAsync()
    {
        await StaffConsole.AddAccountAsync(bot, "beheer", StaffRole.Beheerder, null);
        return await StaffConsole.SignInAsync(bot, "beheer");
    }
}
