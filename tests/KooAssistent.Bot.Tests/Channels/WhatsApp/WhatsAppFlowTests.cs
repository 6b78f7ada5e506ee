using System.Net;
using KooAssistent.Bot.Staff;
using KooAssistent.Bot.Tests.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Channels.WhatsApp;

/// <summary>The triage over WhatsApp: a crisis, a batch of messages, and the handoff to a worker who replies within (and not after) the 24-hour window.</summary>
public sealed class WhatsAppFlowTests
{
    [Fact]
    public async Task A_crisis_on_WhatsApp_gets_the_help_lines_at_once()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();

        using (await whatsapp.PostAsync(WhatsAppFixture.TextDelivery("31610000001", "wamid.crisis", "ik wil niet meer leven")))
        {
        }

        var messages = await whatsapp.MessagesAsync(2);

        Assert.Contains(messages, message => message.ToJsonString().Contains("113", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_message_of_a_batched_delivery_is_answered()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();
        var batch = WhatsAppFixture.Delivery(
            """{ "from": "31610000002", "id": "wamid.b1", "timestamp": "@now", "type": "text", "text": { "body": "ouderschapsplan maken" } }, """
            + """{ "from": "31610000003", "id": "wamid.b2", "timestamp": "@now", "type": "text", "text": { "body": "mijn peuter heeft driftbuien" } }""");

        using (await whatsapp.PostAsync(batch))
        {
        }

        var messages = await whatsapp.MessagesAsync(4);

        Assert.Contains(messages, message => (string)message["to"]! == "+31610000002" && message.ToJsonString().Contains("uderschapsplan", StringComparison.Ordinal));
        Assert.Contains(messages, message => (string)message["to"]! == "+31610000003" && message.ToJsonString().Contains("riftbui", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_resident_on_WhatsApp_agrees_by_button_and_the_workers_reply_reaches_WhatsApp()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();
        await SayAsync(whatsapp, "wamid.h1", "kan ik iemand spreken");
        var consent = (await whatsapp.MessagesAsync(3)).Last(message => (string?)message["type"] == "interactive");
        Assert.Contains("Ja, graag", consent.ToJsonString(), StringComparison.Ordinal);

        await TapAsync(whatsapp, "wamid.h2", "Ja, graag");
        foreach (var (id, answer) in new[] { ("wamid.h3", "Sla over"), ("wamid.h4", "Hier in de chat"), ("wamid.h5", "Sla over"), ("wamid.h6", "Sla over") })
        {
            await TapAsync(whatsapp, id, answer);
        }

        await StaffConsole.AddAccountAsync(whatsapp.Bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var anna = await StaffConsole.SignInAsync(whatsapp.Bot, "anna");
        var ticket = Assert.Single(await anna.TicketsAsync("Queued"));
        var id2 = (string)ticket!["id"]!;
        (await anna.PostAsync($"/staff/api/tickets/{id2}/claim")).Dispose();
        using var sent = await anna.PostAsync($"/staff/api/tickets/{id2}/messages", new { text = "Hoi, ik ben Anna van het Buurtteam." });
        var messages = await WaitForAsync(whatsapp, "Hoi, ik ben Anna van het Buurtteam.");

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains(messages, message => message.ToJsonString().Contains("Je praat nu met Anna", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_24_hours_of_silence_a_worker_cannot_send_free_text_and_is_told_why()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var graph = await FakeGraphApi.StartAsync();
        await using (graph)
        {
            using var bot = new BotFactory(WhatsAppFixture.Settings(graph.Address, "00:00:00.050"), clock);
            var http = bot.CreateClient();
            foreach (var (id, text) in new[] { ("wamid.w1", "kan ik iemand spreken"), ("wamid.w2", "Ja, graag"), ("wamid.w3", "Sla over"), ("wamid.w4", "Sla over"), ("wamid.w5", "Sla over"), ("wamid.w6", "Sla over") })
            {
                using var request = WhatsAppFixture.SignedRequest(WhatsAppFixture.TextDelivery("31610000009", id, text), clock.GetUtcNow());
                (await http.SendAsync(request)).Dispose();
                await bot.WaitForTurnsAsync(WhatsAppFixture.ConversationOf("31610000009"));
            }

            await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
            clock.Advance(TimeSpan.FromHours(25));
            var anna = await StaffConsole.SignInAsync(bot, "anna");
            var id2 = (string)(await anna.TicketsAsync())[0]!["id"]!;
            (await anna.PostAsync($"/staff/api/tickets/{id2}/claim")).Dispose();

            using var late = await anna.PostAsync($"/staff/api/tickets/{id2}/messages", new { text = "Hoi, ben je er nog?" });

            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            Assert.Contains("24 uur", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_resident_on_WhatsApp_erases_the_conversation_and_still_gets_the_confirmation()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();
        await SayAsync(whatsapp, "wamid.e1", "ik heb een betalingsachterstand bij de zorgverzekering");
        await SayAsync(whatsapp, "wamid.e2", "wis mijn gesprek");
        var question = (await WaitForAsync(whatsapp, "niet terugdraaien")).Last(message => (string?)message["type"] == "interactive");
        Assert.Contains("Ja, wis alles", question.ToJsonString(), StringComparison.Ordinal);

        await TapAsync(whatsapp, "wamid.e3", "Ja, wis alles");
        await WaitForAsync(whatsapp, "Je gesprek is gewist");

        var store = whatsapp.Bot.Services.GetRequiredService<KooAssistent.Storage.IConversationStore>();
        var left = await store.GetActivitiesAsync(WhatsAppFixture.ConversationOf("31610000004"), 0, 100, CancellationToken.None);
        Assert.Contains("Je gesprek is gewist", Assert.Single(left).Activity.Text, StringComparison.Ordinal);
    }

    private static async Task SayAsync(WhatsAppFixture whatsapp, string id, string text)
    {
        using (await whatsapp.PostAsync(WhatsAppFixture.TextDelivery("31610000004", id, text)))
        {
        }

        await whatsapp.Bot.WaitForTurnsAsync(WhatsAppFixture.ConversationOf("31610000004"));
    }

    private static async Task TapAsync(WhatsAppFixture whatsapp, string id, string title)
    {
        var reply = $$"""
            { "from": "31610000004", "id": "{{id}}", "timestamp": "@now", "type": "interactive",
              "interactive": { "type": "button_reply", "button_reply": { "id": "{{title}}", "title": "{{title}}" } } }
            """;
        using (await whatsapp.PostAsync(WhatsAppFixture.Delivery(reply)))
        {
        }

        await whatsapp.Bot.WaitForTurnsAsync(WhatsAppFixture.ConversationOf("31610000004"));
    }

    private static async Task<IReadOnlyList<System.Text.Json.Nodes.JsonObject>> WaitForAsync(WhatsAppFixture whatsapp, string text)
    {
        await Polling.WaitUntilAsync(() => whatsapp.Graph.Messages.Any(message => message.ToJsonString().Contains(text, StringComparison.Ordinal)), TimeSpan.FromSeconds(10));
        return whatsapp.Graph.Messages;
    }
}
