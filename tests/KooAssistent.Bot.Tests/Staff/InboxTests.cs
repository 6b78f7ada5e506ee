using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Bot.Tests.Channels.DirectLine;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>
/// The staff console as an inbox: a row's channel, redacted one-line preview and unread count; handing a ticket to a
/// named colleague of the team; logging a call-back; canned replies filled in for the ticket; the worker's typing on
/// the resident's Web Chat. Every change needs the CSRF token and is audited, like the other ticket actions (typing,
/// which says nothing, is not audited).
/// </summary>
public sealed class InboxTests : IDisposable
{
    private readonly BotFactory bot = new();

    [Fact]
    public async Task A_rows_preview_is_the_residents_last_message_redacted_on_one_line_of_at_most_80_characters()
    {
        var resident = await HandOffAsync("kan ik iemand spreken over mijn schulden", "5211 AB");
        await SayAsync(resident, "bel me op 0612345678 of mail fatima@example.nl,\nmijn iban is NL91ABNA0417164300 en ik heb nog veel meer te vertellen over alles wat er gebeurd is");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");

        var row = Assert.Single(await anna.TicketsAsync())!.AsObject();

        var preview = (string)row["preview"]!;
        Assert.Equal("directline", (string?)row["channel"]);
        Assert.True(preview.Length <= 81, preview);
        Assert.EndsWith("…", preview, StringComparison.Ordinal);
        Assert.StartsWith("bel me op ", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", preview, StringComparison.Ordinal);
        foreach (var personal in new[] { "0612345678", "12345678", "fatima@example.nl", "NL91ABNA", "0417164300" })
        {
            Assert.DoesNotContain(personal, preview, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_unread_badge_counts_resident_messages_since_the_worker_last_opened_the_ticket()
    {
        var resident = await HandOffAsync("kan ik iemand spreken over mijn schulden", "5211 AB");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "ben", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var ben = await StaffConsole.SignInAsync(bot, "ben");
        var id = (string)(await anna.TicketsAsync())[0]!["id"]!;
        Assert.True((int)(await anna.TicketsAsync())[0]!["unread"]! > 0);

        await anna.TicketAsync(id);
        Assert.Equal(0, (int)(await anna.TicketsAsync())[0]!["unread"]!);
        await SayAsync(resident, "is er al iemand?");
        await SayAsync(resident, "hallo?");

        Assert.Equal(2, (int)(await anna.TicketsAsync())[0]!["unread"]!);
        Assert.True((int)(await ben.TicketsAsync())[0]!["unread"]! > 2);
    }

    [Fact]
    public async Task The_holder_hands_a_ticket_to_a_named_colleague_of_the_team_who_then_holds_it_and_it_is_audited()
    {
        var resident = await HandOffAsync("kan ik iemand spreken over mijn schulden", "5211 AB");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "ben", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "wim", StaffRole.Medewerker, "Buurtteam West");
        await StaffConsole.AddAccountAsync(bot, "coco", StaffRole.Coordinator, null);
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var ben = await StaffConsole.SignInAsync(bot, "ben");
        var id = (string)(await anna.TicketsAsync())[0]!["id"]!;

        using (var notHeld = await anna.PostAsync($"/staff/api/tickets/{id}/assign", new { username = "ben" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, notHeld.StatusCode);
        }

        using (var claimed = await anna.PostAsync($"/staff/api/tickets/{id}/claim"))
        {
            Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        }

        var colleagues = await anna.Http.GetFromJsonAsync<JsonArray>($"/staff/api/tickets/{id}/colleagues");
        Assert.Equal(["ben", "coco"], colleagues!.Select(colleague => (string)colleague!["username"]!).Order(StringComparer.Ordinal));
        using (var otherTeam = await anna.PostAsync($"/staff/api/tickets/{id}/assign", new { username = "wim" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, otherTeam.StatusCode);
        }

        using (var noToken = await anna.PostAsync($"/staff/api/tickets/{id}/assign", new { username = "ben" }, withToken: false))
        {
            Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);
        }

        using (var assigned = await anna.PostAsync($"/staff/api/tickets/{id}/assign", new { username = "ben" }))
        {
            Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        }

        var row = (await ben.TicketsAsync())[0]!;
        Assert.Equal("Assigned", (string?)row["status"]);
        Assert.Equal("ben", (string?)row["assignedTo"]);
        using (var message = await ben.PostAsync($"/staff/api/tickets/{id}/messages", new { text = "Hoi, ik neem het over." }))
        {
            Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        }

        var texts = await TextsAsync(resident);
        Assert.Contains("Je praat nu met Ben van het Buurtteam.", texts);
        var coco = await StaffConsole.SignInAsync(bot, "coco");
        var audit = await coco.Http.GetFromJsonAsync<JsonArray>("/staff/api/audit");
        Assert.Contains(audit!, entry => (string?)entry!["actor"] == "anna" && (string?)entry["action"] == "ticket-assigned:ben" && (string?)entry["ticketId"] == id);
    }

    [Fact]
    public async Task A_call_back_is_logged_with_its_outcome_shown_in_the_ticket_and_audited()
    {
        await HandOffAsync("kan ik iemand spreken over mijn schulden", "5211 AB", "Bel mij terug", "0612345678");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "coco", StaffRole.Coordinator, null);
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var row = (await anna.TicketsAsync())[0]!;
        var id = (string)row["id"]!;
        Assert.True((bool)row["callBack"]!);

        using (var wrong = await anna.PostAsync($"/staff/api/tickets/{id}/calls", new { outcome = "misschien" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using (var noToken = await anna.PostAsync($"/staff/api/tickets/{id}/calls", new { outcome = "voicemail" }, withToken: false))
        {
            Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);
        }

        foreach (var outcome in new[] { "niet-bereikt", "bereikt" })
        {
            using var called = await anna.PostAsync($"/staff/api/tickets/{id}/calls", new { outcome });
            Assert.Equal(HttpStatusCode.OK, called.StatusCode);
        }

        var detail = await anna.TicketAsync(id);
        Assert.Equal(["anna niet-bereikt", "anna bereikt"], detail["calls"]!.AsArray().Select(call => $"{(string?)call!["worker"]} {(string?)call["outcome"]}"));
        var coco = await StaffConsole.SignInAsync(bot, "coco");
        var audit = await coco.Http.GetFromJsonAsync<JsonArray>("/staff/api/audit");
        Assert.Contains(audit!, entry => (string?)entry!["action"] == "called:bereikt" && (string?)entry["ticketId"] == id);
        Assert.DoesNotContain(audit!, entry => ((string?)entry!["action"])!.Contains("0612345678", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ticket_without_a_number_to_call_has_no_calls()
    {
        await HandOffAsync("kan ik iemand spreken over mijn schulden", "5211 AB");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var id = (string)(await anna.TicketsAsync())[0]!["id"]!;

        using var called = await anna.PostAsync($"/staff/api/tickets/{id}/calls", new { outcome = "bereikt" });

        Assert.Equal(HttpStatusCode.Conflict, called.StatusCode);
    }

    [Fact]
    public async Task Canned_replies_come_with_the_workers_name_the_residents_first_name_and_the_team_filled_in()
    {
        await HandOffAsync("kan ik iemand spreken over mijn schulden", "5211 AB", name: "Fatima");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var id = (string)(await anna.TicketsAsync())[0]!["id"]!;

        var canned = await anna.Http.GetFromJsonAsync<JsonArray>($"/staff/api/tickets/{id}/canned");

        var welcome = Assert.Single(canned!, reply => (string?)reply!["id"] == "welkom")!;
        Assert.Equal("Welkom", (string?)welcome["title"]);
        // No postcode of a known team: the shared queue, which the text calls "het Buurtteam".
        Assert.StartsWith("Hoi Fatima, ik ben Anna van het Buurtteam.", (string?)welcome["text"], StringComparison.Ordinal);
        Assert.DoesNotContain(canned!, reply => ((string)reply!["text"]!).Contains('{', StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_opened_ticket_names_its_channel_and_who_wrote_each_message()
    {
        await HandOffAsync("kan ik iemand spreken over mijn schulden", "5211 AB");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var id = (string)(await anna.TicketsAsync())[0]!["id"]!;
        using (await anna.PostAsync($"/staff/api/tickets/{id}/claim"))
        {
        }

        var detail = await anna.TicketAsync(id);

        Assert.Equal("directline", (string?)detail["channel"]);
        Assert.Null(detail["whatsAppWindowClosesAt"]);
        var authors = detail["transcript"]!.AsArray().Select(line => (string)line!["author"]!).ToList();
        Assert.Equal("bot", authors[0]);
        Assert.Equal("resident", authors[1]);
        Assert.Equal("worker", authors[^1]);
        Assert.Equal("Anna", (string?)detail["transcript"]!.AsArray()[^1]!["name"]);
    }

    [Fact]
    public async Task The_holders_typing_reaches_the_residents_Web_Chat_stream_live_under_the_display_name_and_is_never_stored()
    {
        var resident = await HandOffAsync("kan ik iemand spreken over mijn schulden", "5211 AB");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var id = (string)(await anna.TicketsAsync())[0]!["id"]!;
        using (var notHeld = await anna.PostAsync($"/staff/api/tickets/{id}/typing"))
        {
            Assert.Equal(HttpStatusCode.Conflict, notHeld.StatusCode);
        }

        using (await anna.PostAsync($"/staff/api/tickets/{id}/claim"))
        {
        }

        var (before, _) = await resident.Client.GetActivitiesAsync(resident.Session);
        using var stream = await StreamFrames.ConnectAsync(bot, await StreamFrames.StreamUrlAsync(resident.Client, resident.Session));
        await StreamFrames.ReceiveActivitiesAsync(stream, before.Count);
        using (var noToken = await anna.PostAsync($"/staff/api/tickets/{id}/typing", withToken: false))
        {
            Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);
        }

        using (var typed = await anna.PostAsync($"/staff/api/tickets/{id}/typing"))
        {
            Assert.Equal(HttpStatusCode.NoContent, typed.StatusCode);
        }

        var (live, watermark) = await StreamFrames.ReceiveActivitiesAsync(stream, 1);
        var typing = Assert.Single(live);
        Assert.Equal("typing", (string?)typing["type"]);
        Assert.Null(typing["text"]);
        Assert.Null(watermark);
        Assert.Equal(("Anna", "bot"), ((string?)typing["from"]!["name"], (string?)typing["from"]!["role"]));
        Assert.StartsWith("staff:", (string?)typing["from"]!["id"], StringComparison.Ordinal);
        Assert.DoesNotContain("anna", (string?)typing["from"]!["id"], StringComparison.Ordinal);
        var (after, _) = await resident.Client.GetActivitiesAsync(resident.Session);
        Assert.Equal(before.Count, after.Count);
    }

    public void Dispose() => bot.Dispose();

    private async Task<(DirectLineTestClient Client, DirectLineSession Session)> HandOffAsync(
        string question, string postcode, string contact = "Hier in de chat", string? phone = null, string name = "Sla over")
    {
        var resident = bot.CreateDirectLineClient();
        var session = await resident.StartConversationAsync();
        string[] answers = phone is null
            ? [question, "Ja, graag", postcode, contact, name, "Nee, kan later"]
            : [question, "Ja, graag", postcode, contact, phone, name, "Nee, kan later"];
        foreach (var text in answers)
        {
            await resident.SendTextAsync(session, text);
            await bot.WaitForTurnsAsync(session.ConversationId);
        }

        return (resident, session);
    }

    private async Task SayAsync((DirectLineTestClient Client, DirectLineSession Session) resident, string text)
    {
        await resident.Client.SendTextAsync(resident.Session, text);
        await bot.WaitForTurnsAsync(resident.Session.ConversationId);
    }

    private static async Task<IReadOnlyList<string>> TextsAsync((DirectLineTestClient Client, DirectLineSession Session) resident)
    {
        var (activities, _) = await resident.Client.GetActivitiesAsync(resident.Session);
        return [.. activities.Select(activity => (string?)activity["text"] ?? string.Empty)];
    }
}
