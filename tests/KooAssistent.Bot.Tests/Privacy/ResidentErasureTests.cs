using Dapper;
using KooAssistent.Bot.Staff;
using KooAssistent.Bot.Tests.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Data.Sqlite;

namespace KooAssistent.Bot.Tests.Privacy;

/// <summary>
/// A resident erases their own conversation from the chat (AVG art. 17): after "yes" nothing they wrote is left in
/// the database, a request for a worker that nobody picked up is withdrawn with the fact the figures kept of it, and
/// the chat can go on.
/// </summary>
public sealed class ResidentErasureTests : IDisposable
{
    private readonly BotFactory bot = new();
    private readonly DirectLineTestClient resident;

    public ResidentErasureTests() => resident = bot.CreateDirectLineClient();

    [Fact]
    public async Task Yes_erases_the_transcript_and_the_waiting_ticket_and_leaves_only_the_confirmation()
    {
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { "ik heb 3000 euro schulden bij de Belastingdienst. kan ik iemand spreken?", "Ja, graag", "5211 AB", "Hier in de chat", "Anna", "Nee, kan later" })
        {
            await SayAsync(session, text);
        }

        await StaffConsole.AddAccountAsync(bot, "coco", StaffRole.Coordinator, null);
        Assert.Single(await (await StaffConsole.SignInAsync(bot, "coco")).TicketsAsync("Queued"));
        await using (var before = new SqliteConnection($"Data Source={Path.Combine(bot.DataDirectory, "koo.db")}"))
        {
            Assert.Equal(1, await before.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM insight_handoffs WHERE conversation_id = @id", new { id = session.ConversationId }));
        }

        await SayAsync(session, "wis mijn gesprek");
        var (asked, _) = await resident.GetActivitiesAsync(session);
        await SayAsync(session, "Ja, wis alles");
        var (left, _) = await resident.GetActivitiesAsync(session);

        Assert.Contains("niet terugdraaien", (string?)asked[^1]["text"], StringComparison.Ordinal);
        var only = Assert.Single(left);
        Assert.Contains("Je gesprek is gewist", (string?)only["text"], StringComparison.Ordinal);
        Assert.Empty(await (await StaffConsole.SignInAsync(bot, "coco")).TicketsAsync());
        await using var db = new SqliteConnection($"Data Source={Path.Combine(bot.DataDirectory, "koo.db")}");
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM activities WHERE body LIKE '%3000 euro%' OR body LIKE '%5211%' OR body LIKE '%Anna%'"));
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM insight_handoffs"));
        Assert.DoesNotContain("3000", await db.ExecuteScalarAsync<string>("SELECT brain_state FROM conversations WHERE id = @id", new { id = session.ConversationId }), StringComparison.Ordinal);
        Assert.Equal(1, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'conversation-erased' AND actor = 'resident' AND conversation_id = @id", new { id = session.ConversationId }));
    }

    [Fact]
    public async Task After_erasure_the_same_chat_answers_a_new_question()
    {
        var session = await resident.StartConversationAsync();
        await SayAsync(session, "hoe vraag ik kwijtschelding aan");
        await SayAsync(session, "wis mijn gesprek");
        await SayAsync(session, "ja");
        await SayAsync(session, "waar vind ik de voedselbank");

        var (activities, _) = await resident.GetActivitiesAsync(session);

        Assert.Equal(3, activities.Count);
        Assert.Equal("waar vind ik de voedselbank", (string?)activities[1]["text"]);
        Assert.Contains("oedselbank", (string?)activities[2]["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_keeps_every_message()
    {
        var session = await resident.StartConversationAsync();
        await SayAsync(session, "hoe vraag ik kwijtschelding aan");
        var (before, _) = await resident.GetActivitiesAsync(session);
        await SayAsync(session, "wis mijn gesprek");
        await SayAsync(session, "Nee, bewaren");

        var (after, _) = await resident.GetActivitiesAsync(session);

        Assert.Equal(before.Count + 4, after.Count);
        Assert.Equal("hoe vraag ik kwijtschelding aan", (string?)after.First(activity => (string?)activity["from"]!["role"] == "user")["text"]);
    }

    [Fact]
    public async Task A_worker_who_holds_the_conversation_erases_it_for_the_resident_who_gets_the_confirmation()
    {
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { "kan ik iemand spreken over mijn schulden van 1800 euro", "Ja, graag", "Sla over", "Sla over", "Sla over", "Sla over" })
        {
            await SayAsync(session, text);
        }

        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "bram", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var bram = await StaffConsole.SignInAsync(bot, "bram");
        var ticket = (string)(await anna.TicketsAsync())[0]!["id"]!;
        (await anna.PostAsync($"/staff/api/tickets/{ticket}/claim")).Dispose();
        await SayAsync(session, "wil je alles van mij wissen?");

        using var notHolder = await bram.PostAsync($"/staff/api/tickets/{ticket}/erase");
        using var withoutToken = await anna.PostAsync($"/staff/api/tickets/{ticket}/erase", withToken: false);
        using var erased = await anna.PostAsync($"/staff/api/tickets/{ticket}/erase");
        var (left, _) = await resident.GetActivitiesAsync(session);

        Assert.Equal(System.Net.HttpStatusCode.Conflict, notHolder.StatusCode);
        Assert.NotEqual(System.Net.HttpStatusCode.NoContent, withoutToken.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Contains("Je gesprek is gewist", (string?)Assert.Single(left)["text"], StringComparison.Ordinal);
        Assert.Empty(await anna.TicketsAsync());
        await using var db = new SqliteConnection($"Data Source={Path.Combine(bot.DataDirectory, "koo.db")}");
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM activities WHERE body LIKE '%1800%'"));
        Assert.Equal(1, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'conversation-erased' AND actor = 'staff:anna'"));
    }

    public void Dispose() => bot.Dispose();

    private async Task SayAsync(DirectLineSession session, string text)
    {
        await resident.SendTextAsync(session, text);
        await bot.WaitForTurnsAsync(session.ConversationId);
    }
}
