using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>
/// Live events reach a medewerker only for their own team's tickets (and the shared queue); coordinators hear all. A
/// resident's typing too, and only while their conversation has an open ticket.
/// </summary>
public sealed class StaffEventsPerTeamTests : IDisposable
{
    private readonly BotFactory bot = new(new Dictionary<string, string?>
    {
        ["Handoff:Teams:0:Name"] = "Buurtteam Noord",
        ["Handoff:Teams:0:Postcodes:0"] = "5221",
        ["Handoff:Teams:1:Name"] = "Buurtteam West",
        ["Handoff:Teams:1:Postcodes:0"] = "5213",
    });

    private readonly DirectLineTestClient residents;

    public StaffEventsPerTeamTests() => residents = bot.CreateDirectLineClient();

    [Fact]
    public async Task A_worker_hears_only_of_their_own_teams_tickets_and_conversations_and_a_coordinator_hears_all()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "wim", StaffRole.Medewerker, "Buurtteam West");
        await StaffConsole.AddAccountAsync(bot, "coco", StaffRole.Coordinator, null);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var anna = await OpenEventsAsync("anna", timeout.Token);
        using var wim = await OpenEventsAsync("wim", timeout.Token);
        using var coco = await OpenEventsAsync("coco", timeout.Token);

        var west = await HandOffAsync("5213 CD");
        await SayAsync(west, "hallo, ik wacht");
        var noord = await HandOffAsync("5221 AB");
        await SayAsync(noord, "hallo, ik wacht ook");
        await SayAsync(west, "nog iets");

        var westChanged = $"conversation:{west.ConversationId}";
        var noordChanged = $"conversation:{noord.ConversationId}";
        Assert.Equal(["tickets", noordChanged], await anna.ReadUntilAsync(noordChanged, timeout.Token));
        Assert.Equal(["tickets", westChanged, westChanged], await wim.ReadUntilAsync(westChanged, timeout.Token, occurrence: 2));
        Assert.Equal(["tickets", westChanged, "tickets", noordChanged, westChanged], await coco.ReadUntilAsync(westChanged, timeout.Token, occurrence: 2));
    }

    [Fact]
    public async Task A_residents_typing_reaches_only_the_consoles_of_their_open_tickets_team_and_is_never_stored()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "wim", StaffRole.Medewerker, "Buurtteam West");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var anna = await OpenEventsAsync("anna", timeout.Token);
        using var wim = await OpenEventsAsync("wim", timeout.Token);
        var noord = await HandOffAsync("5221 AB");
        var withoutTicket = await residents.StartConversationAsync();

        await TypeAsync(withoutTicket);
        await TypeAsync(noord);
        await HandOffAsync("5213 CD");

        var typing = $"typing:{noord.ConversationId}";
        Assert.Equal(["tickets", typing], await anna.ReadUntilAsync(typing, timeout.Token));
        Assert.Equal(["tickets"], await wim.ReadUntilAsync("tickets", timeout.Token));
        var (stored, _) = await residents.GetActivitiesAsync(noord);
        Assert.DoesNotContain(stored, activity => (string?)activity["type"] == "typing");
    }

    public void Dispose() => bot.Dispose();

    private Task<StaffEventStream> OpenEventsAsync(string username, CancellationToken cancellationToken) =>
        StaffEventStream.OpenAsync(bot, username, cancellationToken);

    private async Task<DirectLineSession> HandOffAsync(string postcode)
    {
        var session = await residents.StartConversationAsync();
        foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", postcode, "Hier in de chat", "Sla over", "Nee, kan later" })
        {
            await SayAsync(session, text);
        }

        return session;
    }

    /// <summary>What Web Chat posts while the resident types, at most every 3 seconds.</summary>
    private async Task TypeAsync(DirectLineSession session)
    {
        using var response = await residents.PostActivityAsync(session, $$$"""{"type":"typing","from":{"id":"{{{session.UserId}}}","role":"user"}}""");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    private async Task SayAsync(DirectLineSession session, string text)
    {
        await residents.SendTextAsync(session, text);
        await bot.WaitForTurnsAsync(session.ConversationId);
    }
}
