using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>
/// A resident who asks for a person reaches a Buurtteam worker: consent, postcode, a ticket in the queue, a worker
/// who claims it and chats in the resident's own Direct Line conversation, hands back to the bot and resolves.
/// </summary>
public sealed class HandoffToStaffTests : IDisposable
{
    private readonly BotFactory bot = new();
    private readonly DirectLineTestClient resident;

    public HandoffToStaffTests() => resident = bot.CreateDirectLineClient();

    [Fact]
    public async Task A_resident_who_agrees_reaches_the_queue_with_a_summary_in_their_own_words()
    {
        var session = await HandOffAsync("ik heb 3000 euro schulden en mijn uitkering is gestopt, mijn zoon gaat niet meer naar school. kan ik iemand spreken?");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");

        var row = Assert.Single(await anna.TicketsAsync("Queued"));
        var ticket = await anna.TicketAsync((string)row!["id"]!);

        Assert.Equal(session.ConversationId, (string)ticket["conversationId"]!);
        Assert.Equal("onbekend", (string)ticket["team"]!);
        Assert.Contains("3000 euro", ticket["summary"]!["residentWords"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("5211 AB", (string)ticket["summary"]!["postcode"]!);
    }

    [Fact]
    public async Task Outside_office_hours_the_resident_hears_when_a_worker_will_respond()
    {
        // Sunday 22 November 2026, 13:00 in Amsterdam.
        using var sunday = new BotFactory(clock: new ManualClock(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)));
        var client = sunday.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", "Sla over", "Sla over", "Sla over", "Sla over" })
        {
            await client.SendTextAsync(session, text);
            await sunday.WaitForTurnsAsync(session.ConversationId);
        }

        var (activities, _) = await client.GetActivitiesAsync(session);

        Assert.Contains(activities, activity => (string?)activity["text"] == "Het Buurtteam is nu gesloten. Een medewerker reageert maandag vanaf 09:00, hier in deze chat. Je vraag blijft bewaard.");
    }

    [Fact]
    public async Task A_waiting_ticket_of_a_resident_who_left_is_marked_abandoned_after_the_configured_hours()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        using var configured = new BotFactory(new Dictionary<string, string?> { ["Handoff:AbandonAfterHours"] = "72" }, clock);
        var client = configured.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", "Sla over", "Sla over", "Sla over", "Sla over" })
        {
            await client.SendTextAsync(session, text);
            await configured.WaitForTurnsAsync(session.ConversationId);
        }

        // Advancing the clock also ticks the hourly worker; sweeping by hand makes the moments explicit.
        var worker = configured.Services.GetRequiredService<KooAssistent.Bot.Handoff.AbandonedTicketWorker>();
        await StaffConsole.AddAccountAsync(configured, "coco", StaffRole.Coordinator, null);
        clock.Advance(TimeSpan.FromHours(71));
        await worker.SweepOnceAsync(CancellationToken.None);
        var after71 = (string)(await (await StaffConsole.SignInAsync(configured, "coco")).TicketsAsync())[0]!["status"]!;
        clock.Advance(TimeSpan.FromHours(2));
        await worker.SweepOnceAsync(CancellationToken.None);
        var after73 = (string)(await (await StaffConsole.SignInAsync(configured, "coco")).TicketsAsync())[0]!["status"]!;

        Assert.Equal(("Queued", "Abandoned"), (after71, after73));
    }

    [Fact]
    public async Task A_resident_who_says_no_is_not_queued()
    {
        var session = await resident.StartConversationAsync();
        await SayAsync(session, "kan ik iemand spreken");
        await SayAsync(session, "Nee, liever niet");
        await StaffConsole.AddAccountAsync(bot, "coco", StaffRole.Coordinator, null);
        var coordinator = await StaffConsole.SignInAsync(bot, "coco");

        Assert.Empty(await coordinator.TicketsAsync());
    }

    [Fact]
    public async Task A_claimed_conversation_is_the_workers_the_bot_stays_silent_and_messages_reach_the_resident()
    {
        var session = await HandOffAsync("kan ik iemand spreken");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var id = (string)(await anna.TicketsAsync())[0]!["id"]!;

        using (var claimed = await anna.PostAsync($"/staff/api/tickets/{id}/claim"))
        {
            Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        }

        var joined = await LastBotTextAsync(session);
        await SayAsync(session, "hallo, is daar iemand?");
        var afterResident = await LastBotTextAsync(session);
        Assert.Null(await FirstReplyAsync());
        using (var sent = await anna.PostAsync($"/staff/api/tickets/{id}/messages", new { text = "Hoi, ik ben Anna. Vertel maar." }))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        // The waiting time on the Inzicht page ends at this message, not at the claim and its automatic greeting.
        Assert.NotNull(await FirstReplyAsync());

        Assert.Equal("Je praat nu met Anna van het Buurtteam.", joined.Text);
        Assert.Equal(joined.Sequence, afterResident.Sequence);
        var (activities, _) = await resident.GetActivitiesAsync(session);
        var fromAnna = activities[^1];
        Assert.Equal("Hoi, ik ben Anna. Vertel maar.", (string)fromAnna["text"]!);
        Assert.Equal("Anna", (string)fromAnna["from"]!["name"]!);
    }

    [Fact]
    public async Task A_handoff_keeps_the_wijk_for_the_figures_with_how_it_went_and_never_the_postcode()
    {
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", "ik woon in Empel, 5235 AB", "Hier in de chat", "Sla over", "Sla over" })
        {
            await SayAsync(session, text);
        }

        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Maaspoort, Empel en Engelen");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var id = (string)(await anna.TicketsAsync())[0]!["id"]!;
        (await anna.PostAsync($"/staff/api/tickets/{id}/claim")).Dispose();
        (await anna.PostAsync($"/staff/api/tickets/{id}/messages", new { text = "Hoi, ik ben Anna." })).Dispose();
        using var resolved = await anna.PostAsync($"/staff/api/tickets/{id}/resolve", new { outcome = "opgelost" });

        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Equal("5235 AB", (string)(await anna.TicketAsync(id))["summary"]!["postcode"]!);
        var fact = Assert.Single(await HandoffsAsync());
        Assert.Equal(
            (session.ConversationId, "Buurtteam Maaspoort, Empel en Engelen", "Empel", "Resolved", "opgelost"),
            (fact.ConversationId, fact.Team, fact.Wijk, fact.Status, fact.Outcome));
        Assert.NotNull(fact.FirstReplySeconds);
        await using var db = KooAssistent.Bot.Tests.Insights.InsightSeed.Open(bot);
        var stored = string.Join('|', (await Dapper.SqlMapper.QueryAsync(db, "SELECT * FROM insight_handoffs")).Cast<IDictionary<string, object?>>().SelectMany(row => row.Values));
        Assert.DoesNotContain("5235", stored, StringComparison.Ordinal);
    }

    private async Task<long?> FirstReplyAsync() => Assert.Single(await HandoffsAsync()).FirstReplySeconds;

    private async Task<IReadOnlyList<KooAssistent.Storage.Insights.InsightHandoff>> HandoffsAsync()
    {
        var data = await bot.Services.GetRequiredService<KooAssistent.Storage.Insights.IInsightStore>()
            .ReadAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue, CancellationToken.None);
        return data.Handoffs;
    }

    [Fact]
    public async Task Of_two_workers_claiming_at_the_same_moment_exactly_one_wins()
    {
        await HandOffAsync("kan ik iemand spreken");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "bram", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var bram = await StaffConsole.SignInAsync(bot, "bram");
        var id = (string)(await anna.TicketsAsync())[0]!["id"]!;

        var results = await Task.WhenAll(anna.PostAsync($"/staff/api/tickets/{id}/claim"), bram.PostAsync($"/staff/api/tickets/{id}/claim"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], results.Select(response => response.StatusCode).Order());
        foreach (var response in results)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_change_without_the_CSRF_token_is_refused()
    {
        await HandOffAsync("kan ik iemand spreken");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var id = (string)(await anna.TicketsAsync())[0]!["id"]!;

        using var response = await anna.PostAsync($"/staff/api/tickets/{id}/claim", withToken: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Queued", (string)(await anna.TicketsAsync())[0]!["status"]!);
    }

    [Fact]
    public async Task Handing_back_lets_the_bot_answer_again_and_resolving_closes_the_ticket()
    {
        var session = await HandOffAsync("kan ik iemand spreken");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var id = (string)(await anna.TicketsAsync())[0]!["id"]!;
        (await anna.PostAsync($"/staff/api/tickets/{id}/claim")).Dispose();

        using (var returned = await anna.PostAsync($"/staff/api/tickets/{id}/return"))
        {
            Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        }

        var notice = await LastBotTextAsync(session);
        await SayAsync(session, "mijn peuter heeft elke dag driftbuien in de winkel");
        var answer = await LastBotTextAsync(session);
        using var badOutcome = await anna.PostAsync($"/staff/api/tickets/{id}/resolve", new { outcome = "weet ik veel" });

        Assert.Contains("teruggegeven", notice.Text, StringComparison.Ordinal);
        Assert.Contains("driftbui", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, badOutcome.StatusCode);
    }

    [Fact]
    public async Task Opening_a_transcript_is_audited_and_notes_never_reach_the_resident()
    {
        var session = await HandOffAsync("kan ik iemand spreken");
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(bot, "coco", StaffRole.Coordinator, null);
        var anna = await StaffConsole.SignInAsync(bot, "anna");
        var id = (string)(await anna.TicketsAsync())[0]!["id"]!;

        (await anna.PostAsync($"/staff/api/tickets/{id}/notes", new { text = "PRIVE: eerst schulden uitzoeken" })).Dispose();
        var ticket = await anna.TicketAsync(id);
        var coordinator = await StaffConsole.SignInAsync(bot, "coco");
        var audit = await coordinator.Http.GetFromJsonAsync<JsonArray>("/staff/api/audit");
        using var annaAudit = await anna.Http.GetAsync(new Uri("/staff/api/audit", UriKind.Relative));
        var (activities, _) = await resident.GetActivitiesAsync(session);

        Assert.Contains(ticket["transcript"]!.AsArray(), line => (string?)line!["text"] == "kan ik iemand spreken");
        Assert.Equal("PRIVE: eerst schulden uitzoeken", (string)ticket["notes"]![0]!["text"]!);
        Assert.Contains(audit!, entry => (string)entry!["actor"]! == "anna" && (string)entry["action"]! == "transcript-opened" && (string)entry["ticketId"]! == id);
        Assert.Equal(HttpStatusCode.Forbidden, annaAudit.StatusCode);
        Assert.DoesNotContain(activities, activity => ((string?)activity["text"])?.Contains("PRIVE", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_medewerker_does_not_see_another_teams_tickets()
    {
        using var configured = new BotFactory(new Dictionary<string, string?>
        {
            ["Handoff:Teams:0:Name"] = "Buurtteam Rosmalen",
            ["Handoff:Teams:0:Wijken:0"] = "Rosmalen Zuid",
        });
        var client = configured.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", "ik woon in Rosmalen Zuid", "Hier in de chat", "Sla over", "Sla over" })
        {
            await client.SendTextAsync(session, text);
            await configured.WaitForTurnsAsync(session.ConversationId);
        }

        await StaffConsole.AddAccountAsync(configured, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        await StaffConsole.AddAccountAsync(configured, "roos", StaffRole.Medewerker, "Buurtteam Rosmalen");
        var anna = await StaffConsole.SignInAsync(configured, "anna");
        var roos = await StaffConsole.SignInAsync(configured, "roos");

        var id = (string)(await roos.TicketsAsync())[0]!["id"]!;
        using var foreign = await anna.Http.GetAsync(new Uri($"/staff/api/tickets/{id}", UriKind.Relative));
        using var anonymous = await configured.CreateClient().GetAsync(new Uri($"/staff/api/tickets/{id}", UriKind.Relative));

        Assert.Empty(await anna.TicketsAsync());
        Assert.Equal("Buurtteam Rosmalen", (string)(await roos.TicketsAsync())[0]!["team"]!);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Without_own_configuration_the_wijk_finds_its_team_in_the_knowledge_data()
    {
        var session = await resident.StartConversationAsync();
        foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", "ik woon in de Maaspoort", "Hier in de chat", "Sla over", "Sla over" })
        {
            await SayAsync(session, text);
        }

        await StaffConsole.AddAccountAsync(bot, "coco", StaffRole.Coordinator, null);
        var coordinator = await StaffConsole.SignInAsync(bot, "coco");

        Assert.Equal("Buurtteam Maaspoort, Empel en Engelen", (string)(await coordinator.TicketsAsync())[0]!["team"]!);
    }

    [Fact]
    public async Task Tickets_accounts_and_the_queue_survive_a_restart()
    {
        using var data = new TemporaryDirectory();
        string conversationId;
        using (var first = new BotFactory(dataDirectory: data))
        {
            var client = first.CreateDirectLineClient();
            var session = await client.StartConversationAsync();
            foreach (var text in new[] { "kan ik iemand spreken", "Ja, graag", "Sla over", "Sla over", "Sla over", "Sla over" })
            {
                await client.SendTextAsync(session, text);
                await first.WaitForTurnsAsync(session.ConversationId);
            }

            await StaffConsole.AddAccountAsync(first, "coco", StaffRole.Coordinator, null);
            conversationId = session.ConversationId;
        }

        using var second = new BotFactory(dataDirectory: data);
        var coordinator = await StaffConsole.SignInAsync(second, "coco");

        var ticket = Assert.Single(await coordinator.TicketsAsync("Queued"));
        Assert.Equal(conversationId, (string)ticket!["conversationId"]!);
    }

    public void Dispose() => bot.Dispose();

    private async Task<DirectLineSession> HandOffAsync(string question)
    {
        var session = await resident.StartConversationAsync();
        await SayAsync(session, question);
        await SayAsync(session, "Ja, graag");
        await SayAsync(session, "5211 AB");
        await SayAsync(session, "Hier in de chat");
        await SayAsync(session, "Anna");
        await SayAsync(session, "Nee, kan later");
        return session;
    }

    private async Task SayAsync(DirectLineSession session, string text)
    {
        await resident.SendTextAsync(session, text);
        await bot.WaitForTurnsAsync(session.ConversationId);
    }

    private async Task<(long Sequence, string Text)> LastBotTextAsync(DirectLineSession session)
    {
        var (activities, _) = await resident.GetActivitiesAsync(session);
        var index = activities.Count - 1;
        while (index >= 0 && !((string?)activities[index]["from"]!["role"] == "bot" && activities[index]["text"] is not null))
        {
            index--;
        }

        return (index, (string)activities[index]["text"]!);
    }
}
