using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>Live events reach a medewerker only for their own team's tickets (and the shared queue); coordinators hear all.</summary>
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

    public void Dispose() => bot.Dispose();

    private async Task<EventStream> OpenEventsAsync(string username, CancellationToken cancellationToken)
    {
        var console = await StaffConsole.SignInAsync(bot, username);
        var response = await console.Http.GetAsync(new Uri("/staff/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        Assert.Equal(": connected", await reader.ReadLineAsync(cancellationToken));
        return new EventStream(response, reader);
    }

    private async Task<DirectLineSession> HandOffAsync(string postcode)
    {
        var session = await residents.StartConversationAsync();
        foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", postcode, "Hier in de chat", "Sla over", "Nee, kan later" })
        {
            await SayAsync(session, text);
        }

        return session;
    }

    private async Task SayAsync(DirectLineSession session, string text)
    {
        await residents.SendTextAsync(session, text);
        await bot.WaitForTurnsAsync(session.ConversationId);
    }

    private sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        /// <summary>The events up to and including the <paramref name="occurrence"/>-th <paramref name="last"/>, keep-alives left out.</summary>
        public async Task<List<string>> ReadUntilAsync(string last, CancellationToken cancellationToken, int occurrence = 1)
        {
            var events = new List<string>();
            while (events.Count(seen => seen == last) < occurrence && await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    events.Add(line["data: ".Length..]);
                }
            }

            return events;
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
