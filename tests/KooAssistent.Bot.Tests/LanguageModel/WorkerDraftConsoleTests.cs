using KooAssistent.Bot.Tests.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.LanguageModel;

/// <summary>The model's draft reaches the worker through the staff API beside the structured summary, and only the worker.</summary>
public sealed class WorkerDraftConsoleTests
{
    private const string Draft = "Schulden en een uitkering die stopte.\nZoon gaat niet naar school.\nWil een medewerker spreken.";

    [Fact]
    public async Task The_ticket_the_worker_opens_carries_the_draft_and_the_resident_never_receives_it()
    {
        await using var server = await FakeChatCompletions.StartAsync();
        server.Fallback = ChatScript.Reply(Draft);
        using var bot = new BotFactory(new Dictionary<string, string?>
        {
            ["Llm:Enabled"] = "true",
            ["Llm:Endpoint"] = server.Endpoint.ToString(),
            ["Llm:Model"] = "fake-model",
            ["Llm:TimeoutSeconds"] = "20",
            ["Llm:DangerSecondOpinion"] = "false",
            ["Llm:GroundedAnswers"] = "false",
            ["Llm:WorkerDraft"] = "true",
        });
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { "ik heb 3000 euro schulden en mijn uitkering is gestopt, mijn zoon gaat niet meer naar school. kan ik iemand spreken?", "Ja, graag", "Sla over", "Sla over", "Sla over", "Sla over" })
        {
            await resident.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }

        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var row = Assert.Single(await anna.TicketsAsync("Queued"));
        var ticket = await anna.TicketAsync((string)row!["id"]!);
        var (activities, _) = await resident.GetActivitiesAsync(session);

        Assert.Equal(Draft, (string?)ticket["summary"]!["workerDraft"]);
        Assert.Contains("3000 euro", ticket["summary"]!["residentWords"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(activities, activity => ((string?)activity["text"])?.Contains("Zoon gaat niet naar school", StringComparison.Ordinal) == true);
        Assert.Single(server.Requests);
    }
}
