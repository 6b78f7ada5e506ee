using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>The staff API gives a ticket's summary in the words a worker reads beside the codes, and the queue a subject in words.</summary>
public sealed class TicketWordsTests : IDisposable
{
    private readonly BotFactory bot = new();

    [Fact]
    public async Task A_tangled_story_reaches_the_worker_in_plain_Dutch_without_internal_codes()
    {
        await HandOffAsync("ik heb 3000 euro schulden, mijn uitkering is gestopt en mijn zoon gaat al weken niet naar school. ik weet het niet meer", "Bel mij terug", "0612345678");
        await StaffConsole.AddAccountAsync(bot, "coco", StaffRole.Coordinator, null);
        var coco = await StaffConsole.SignInAsync(bot, "coco");

        var row = Assert.Single(await coco.TicketsAsync())!.AsObject();
        var ticket = await coco.TicketAsync((string)row["id"]!);
        var words = ticket["words"]!.AsObject();

        Assert.Contains("Opvoeden en gezin", (string)row["subject"]!, StringComparison.Ordinal);
        Assert.Contains("Geen inkomen meer", Strings(words["pressure"]));
        Assert.Contains("Kind gaat niet naar school", Strings(words["pressure"]));
        Assert.Contains("Opvoeden en gezin", Strings(words["domains"]));
        Assert.Contains(Strings(words["reasons"]), reason => reason.StartsWith("Meerdere leefgebieden tegelijk: ", StringComparison.Ordinal));
        Assert.Contains(Strings(words["facts"]), fact => fact.StartsWith("Bedrag: ", StringComparison.Ordinal));
        Assert.Equal("Terugbellen", (string)words["contact"]!);
        Assert.Equal("Nederlands", (string)words["language"]!);
        var shown = words.Select(pair => pair.Value).OfType<JsonNode>().SelectMany(value => value is JsonArray list ? Strings(list) : [(string)value!]).Append((string)row["subject"]!).ToList();
        foreach (var code in new[] { "pressure:", "domains:", "tangle-vote", "no-income", "child-out-of-school", "OpvoedenGezin", "Money:", "CallBack", "{", "[" })
        {
            Assert.DoesNotContain(shown, text => text.Contains(code, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(shown, string.IsNullOrWhiteSpace);

        // The codes stay in the summary for scripts.
        Assert.Contains("child-out-of-school", Strings(ticket["summary"]!["pressure"]));
    }

    public void Dispose() => bot.Dispose();

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(item => (string)item!)];

    private async Task HandOffAsync(string question, string contact, string phone)
    {
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { question, "Ja, graag", "Sla over", contact, phone, "Sla over", "Nee, kan later" })
        {
            await resident.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }
    }
}
