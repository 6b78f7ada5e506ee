using System.Net;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>
/// A ticket's transcript ends where the ticket ended: a worker of one Buurtteam who opens an old ticket does not read
/// what the resident told another team afterwards.
/// </summary>
public sealed class TicketTranscriptBoundaryTests : IDisposable
{
    private const string AfterwardsToWest = "alleen-voor-west: mijn huisbaas dreigt met ontruiming";

    private readonly BotFactory bot = new(new Dictionary<string, string?>
    {
        ["Handoff:Teams:0:Name"] = "Buurtteam Noord",
        ["Handoff:Teams:0:Postcodes:0"] = "5221",
        ["Handoff:Teams:1:Name"] = "Buurtteam West",
        ["Handoff:Teams:1:Postcodes:0"] = "5213",
    });

    private readonly DirectLineTestClient resident;

    public TicketTranscriptBoundaryTests() => resident = bot.CreateDirectLineClient();

    [Theory]
    [InlineData("resolve")]
    [InlineData("return")]
    public async Task A_worker_reading_an_ended_ticket_does_not_see_what_the_resident_wrote_after_being_handed_to_another_team(string ending)
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "wim", StaffRole.Medewerker, "Buurtteam West");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var wim = await StaffConsole.SignInAsync(bot, "wim");
        var session = await resident.StartConversationAsync();
        await HandOffAsync(session, "5221 AB");
        var noordTicket = (string)(await anna.TicketsAsync())[0]!["id"]!;
        (await anna.PostAsync($"/staff/api/tickets/{noordTicket}/claim")).Dispose();
        (await anna.PostAsync($"/staff/api/tickets/{noordTicket}/messages", new { text = "Ik zoek het voor je uit." })).Dispose();
        using (var ended = ending == "resolve"
            ? await anna.PostAsync($"/staff/api/tickets/{noordTicket}/resolve", new { outcome = "doorverwezen-buurtteam" })
            : await anna.PostAsync($"/staff/api/tickets/{noordTicket}/return"))
        {
            Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        }

        await HandOffAsync(session, "5213 CD");
        await SayAsync(session, AfterwardsToWest);

        var oldTicket = await anna.TicketAsync(noordTicket);
        var westTicketId = (string)(await wim.TicketsAsync("Queued"))[0]!["id"]!;
        var westTicket = await wim.TicketAsync(westTicketId);

        var oldText = oldTicket["transcript"]!.ToJsonString();
        Assert.Contains("Ik zoek het voor je uit.", oldText, StringComparison.Ordinal);
        Assert.DoesNotContain("5213", WrittenText(oldTicket["transcript"]!), StringComparison.Ordinal);
        Assert.DoesNotContain("alleen-voor-west", oldText, StringComparison.Ordinal);
        Assert.Contains("alleen-voor-west", westTicket["transcript"]!.ToJsonString(), StringComparison.Ordinal);
    }

    public void Dispose() => bot.Dispose();

    /// <summary>
    /// Every string a person or the bot wrote into the transcript, leaving out ids and timestamps: a postcode's four
    /// digits can turn up by chance inside a hex id or the fraction of a second of a timestamp.
    /// </summary>
    private static string WrittenText(System.Text.Json.Nodes.JsonNode node) => node switch
    {
        System.Text.Json.Nodes.JsonObject item => string.Join('\n', item
            .Where(property => property.Value is not null && !IsIdOrTime(property.Key))
            .Select(property => WrittenText(property.Value!))),
        System.Text.Json.Nodes.JsonArray items => string.Join('\n', items.OfType<System.Text.Json.Nodes.JsonNode>().Select(WrittenText)),
        _ => node.ToString(),
    };

    private static bool IsIdOrTime(string key) =>
        key.Equals("id", StringComparison.OrdinalIgnoreCase) || key.EndsWith("Id", StringComparison.Ordinal)
        || key.Contains("timestamp", StringComparison.OrdinalIgnoreCase) || key.EndsWith("At", StringComparison.Ordinal);

    private async Task HandOffAsync(DirectLineSession session, string postcode)
    {
        foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", postcode, "Hier in de chat", "Sla over", "Nee, kan later" })
        {
            await SayAsync(session, text);
        }
    }

    private async Task SayAsync(DirectLineSession session, string text)
    {
        await resident.SendTextAsync(session, text);
        await bot.WaitForTurnsAsync(session.ConversationId);
    }
}
