using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>
/// The inbox list carries what a worker needs to choose: the resident's first name and one redacted line of their last
/// message, no phone number, postcode or story; those come only with the audited view of one ticket, and reading the
/// list is audited too.
/// </summary>
public sealed class TicketListTests : IDisposable
{
    private readonly BotFactory bot = new();

    [Fact]
    public async Task The_list_holds_no_residents_story_phone_or_postcode_and_the_audited_view_does()
    {
        await HandOffAsync("ik heb 3000 euro schulden en mijn uitkering is gestopt. kan ik iemand spreken?", "5211 AB", "Bel mij terug", "0612345678", "Fatima");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");

        var row = Assert.Single(await anna.TicketsAsync())!.AsObject();
        var detail = await anna.TicketAsync((string)row["id"]!);

        var listed = row.ToJsonString();
        foreach (var personal in new[] { "3000", "uitkering", "0612345678", "12345678", "5211" })
        {
            Assert.DoesNotContain(personal, listed, StringComparison.Ordinal);
        }

        Assert.Equal(
            ["assignedTo", "callBack", "channel", "conversationId", "domains", "firstName", "id", "language", "number", "preview", "status", "subject", "team", "theme", "unread", "urgency", "waitingSince"],
            row.Select(property => property.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Fatima", (string?)row["firstName"]);
        Assert.Equal("Nee, kan later", (string?)row["preview"]);
        var summary = detail["summary"]!.ToJsonString();
        Assert.Contains("3000 euro", summary, StringComparison.Ordinal);
        Assert.Contains("Fatima", summary, StringComparison.Ordinal);
        Assert.Contains("5211 AB", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_read_of_the_queue_is_in_the_audit_log_with_who_and_which_status()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "coco", StaffRole.Coordinator, null);
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var coco = await StaffConsole.SignInAsync(bot, "coco");

        await anna.TicketsAsync();
        await anna.TicketsAsync("Resolved");
        var audit = await coco.Http.GetFromJsonAsync<JsonArray>("/staff/api/audit");

        Assert.Equal(
            ["anna tickets-listed:all", "anna tickets-listed:Resolved"],
            audit!.Select(entry => $"{(string?)entry!["actor"]} {(string?)entry["action"]}").Reverse());
    }

    public void Dispose() => bot.Dispose();

    private async Task HandOffAsync(params string[] texts)
    {
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { texts[0], "Ja, graag", texts[1], texts[2], texts[3], texts[4], "Nee, kan later" })
        {
            await resident.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }
    }
}
