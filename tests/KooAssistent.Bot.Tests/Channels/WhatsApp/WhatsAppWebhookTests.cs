using System.Net;
using System.Text;
using KooAssistent.Bot.Channels.WhatsApp;
using KooAssistent.Storage;
using KooAssistent.Storage.WhatsApp;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Channels.WhatsApp;

/// <summary>The WhatsApp webhook: verification, signatures on the raw bytes, at-least-once deliveries answered once, and the outbox.</summary>
public sealed class WhatsAppWebhookTests
{
    [Theory]
    [InlineData("subscribe", WhatsAppFixture.VerifyToken, HttpStatusCode.OK)]
    [InlineData("subscribe", "wrong-token", HttpStatusCode.Forbidden)]
    [InlineData("unsubscribe", WhatsAppFixture.VerifyToken, HttpStatusCode.Forbidden)]
    public async Task Verification_echoes_the_challenge_only_for_the_right_token(string mode, string token, HttpStatusCode expected)
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();

        using var response = await whatsapp.Http.GetAsync(new Uri($"/api/whatsapp?hub.mode={mode}&hub.verify_token={token}&hub.challenge=1158201444", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal("1158201444", await response.Content.ReadAsStringAsync());
        }
    }

    public static TheoryData<string, Func<string, byte[], string?>> ForgedSignatures => new()
    {
        { "missing", (_, _) => null },
        { "other secret", (_, bytes) => WebhookSignature.Sign(bytes, "not-the-secret") },
        { "truncated", (_, bytes) => WebhookSignature.Sign(bytes, WhatsAppFixture.AppSecret)[..40] },
        { "not hex", (_, _) => "sha256=" + new string('z', 64) },
        { "sha1 scheme", (_, bytes) => "sha1=" + WebhookSignature.Sign(bytes, WhatsAppFixture.AppSecret)[7..] },
        { "re-serialised body", (body, _) => WebhookSignature.Sign(Encoding.UTF8.GetBytes(body.Replace("é", "\\u00e9", StringComparison.Ordinal)), WhatsAppFixture.AppSecret) },
    };

    [Theory]
    [MemberData(nameof(ForgedSignatures))]
    public async Task A_forged_missing_or_mangled_signature_is_refused_and_nothing_is_stored(string kind, Func<string, byte[], string?> signature)
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();
        var body = WhatsAppFixture.TextDelivery("31611111111", "wamid.forged", "Hoe vraag ik toeslagen aan? Café ë 😀");
        var header = signature(body, Encoding.UTF8.GetBytes(body));

        using var response = await whatsapp.PostAsync(body, header ?? string.Empty, sign: header is not null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await whatsapp.Bot.Services.GetRequiredService<IConversationStore>().GetConversationAsync(WhatsAppFixture.ConversationOf("31611111111"), CancellationToken.None));
        _ = kind;
    }

    [Fact]
    public async Task A_correctly_signed_message_with_accents_and_emoji_is_answered_through_the_Graph_API()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();

        using var response = await whatsapp.PostAsync(WhatsAppFixture.TextDelivery("31611111111", "wamid.one", "mijn peuter krijgt steeds driftbuien in de winkel, wat doe ik? 😩 café ë"));
        var messages = await whatsapp.MessagesAsync(2);

        // The read receipt goes out in its own outbox round, which on a busy machine can come after the replies.
        await Polling.WaitUntilAsync(() => whatsapp.Graph.Requests.Any(request => (string?)request.Body["status"] == "read"), TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("+31611111111", (string)messages[0]["to"]!);
        Assert.Contains("computerprogramma", messages[0].ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(messages, message => message.ToJsonString().Contains("driftbui", StringComparison.OrdinalIgnoreCase));
        Assert.All(whatsapp.Graph.Requests, request => Assert.Equal("Bearer " + WhatsAppFixture.AccessToken, request.Authorization));
        Assert.Contains(whatsapp.Graph.Requests, request => (string?)request.Body["status"] == "read" && (string?)request.Body["message_id"] == "wamid.one");
    }

    [Fact]
    public async Task Twenty_concurrent_replays_of_one_delivery_give_one_turn_and_one_reply()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();
        var body = WhatsAppFixture.TextDelivery("31622222222", "wamid.replayed", "ouderschapsplan maken");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => whatsapp.PostAsync(body)));
        await whatsapp.MessagesAsync(2);
        await Task.Delay(500);

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var replies = whatsapp.Graph.Messages.Where(message => message.ToJsonString().Contains("uderschapsplan", StringComparison.Ordinal)).ToList();
        Assert.Single(replies);
        var activities = await whatsapp.Bot.Services.GetRequiredService<IConversationStore>().GetActivitiesAsync(WhatsAppFixture.ConversationOf("31622222222"), 0, 100, CancellationToken.None);
        Assert.Single(activities, activity => activity.Activity.From?.Role == "user");
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Two_server_errors_then_success_deliver_the_reply_once()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();
        whatsapp.Graph.Answer(500, 500);

        using var response = await whatsapp.PostAsync(WhatsAppFixture.TextDelivery("31633333333", "wamid.retry", "hallo"));
        // Two back-offs come before the third attempt; on a loaded CI machine that can take longer than the default wait.
        var messages = await whatsapp.MessagesAsync(4, timeoutSeconds: 40);
        await Task.Delay(300);

        var welcomes = whatsapp.Graph.Messages.Count(message => message.ToJsonString().Contains("computerprogramma", StringComparison.Ordinal));
        var attempts = whatsapp.Graph.Requests.Count(request => request.Body.ToJsonString().Contains("computerprogramma", StringComparison.Ordinal));
        Assert.Equal(3, attempts);
        Assert.Equal(3, welcomes);
        Assert.NotEmpty(messages);
    }

    [Fact]
    public async Task An_outbox_with_nothing_left_to_send_logs_no_errors()
    {
        var logs = new CapturedLogs();
        await using var whatsapp = await WhatsAppFixture.StartAsync(logs: logs);

        using var response = await whatsapp.PostAsync(WhatsAppFixture.TextDelivery("31633333334", "wamid.idle", "hallo"));
        await whatsapp.MessagesAsync(2);
        await Task.Delay(1000); // twenty rounds of the 50 ms outbox with nothing pending

        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) || (line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("WhatsApp", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_refused_message_goes_to_the_dead_letters_and_later_replies_still_go_out()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();
        whatsapp.Graph.Answer(400);

        using var response = await whatsapp.PostAsync(WhatsAppFixture.TextDelivery("31644444444", "wamid.refused", "ouderschapsplan maken"));
        var messages = await whatsapp.MessagesAsync(2, timeoutSeconds: 40);
        var store = whatsapp.Bot.Services.GetRequiredService<WhatsAppStore>();
        // The dead letter is written after the refused attempt; wait for it rather than race it.
        await Polling.WaitUntilAsync(async () => await store.CountDeadLettersAsync(CancellationToken.None) > 0, TimeSpan.FromSeconds(20));

        Assert.Contains(messages, message => message.ToJsonString().Contains("uderschapsplan", StringComparison.Ordinal));
        Assert.Equal(1, await store.CountDeadLettersAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_reply_stored_before_the_process_died_is_sent_after_restart()
    {
        using var data = new TemporaryDirectory();
        var graph = await FakeGraphApi.StartAsync();
        await using (graph)
        {
            // The first process stores the reply but its outbox never gets to send (an hour between rounds).
            using (var first = new BotFactory(WhatsAppFixture.Settings(graph.Address, "01:00:00"), dataDirectory: data))
            {
                using var request = WhatsAppFixture.SignedRequest(WhatsAppFixture.TextDelivery("31655555555", "wamid.crash", "ouderschapsplan maken"));
                using var response = await first.CreateClient().SendAsync(request);
                await first.WaitForTurnsAsync(WhatsAppFixture.ConversationOf("31655555555"));
                Assert.DoesNotContain(graph.Messages, message => message.ToJsonString().Contains("uderschapsplan", StringComparison.Ordinal));
            }

            using var second = new BotFactory(WhatsAppFixture.Settings(graph.Address, "00:00:00.050"), dataDirectory: data);
            _ = second.Services;
            await Polling.WaitUntilAsync(() => graph.Messages.Any(message => message.ToJsonString().Contains("uderschapsplan", StringComparison.Ordinal)), TimeSpan.FromSeconds(10));

            Assert.Single(graph.Messages, message => message.ToJsonString().Contains("uderschapsplan", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Status_callbacks_update_delivery_state_and_never_start_a_turn()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();
        var body = """
            {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"phone_number_id":"106540352242922"},"statuses":[{"id":"wamid.out1","status":"delivered","timestamp":"1764000000","recipient_id":"31666666666"},{"id":"wamid.out1","status":"read","timestamp":"1764000005","recipient_id":"31666666666"}]}}]}]}
            """;

        using var response = await whatsapp.PostAsync(body);
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(whatsapp.Graph.Requests);
        Assert.Null(await whatsapp.Bot.Services.GetRequiredService<IConversationStore>().GetConversationAsync(WhatsAppFixture.ConversationOf("31666666666"), CancellationToken.None));
    }

    [Theory]
    [InlineData("""{ "from": "31677777777", "id": "wamid.img", "timestamp": "@now", "type": "image", "image": { "mime_type": "image/jpeg", "sha256": "x", "id": "1" } }""")]
    [InlineData("""{ "from": "31677777777", "id": "wamid.loc", "timestamp": "@now", "type": "location", "location": { "latitude": 51.69, "longitude": 5.3 } }""")]
    [InlineData("""{ "from": "31677777777", "id": "wamid.aud", "timestamp": "@now", "type": "audio", "audio": { "mime_type": "audio/ogg; codecs=opus", "id": "2", "voice": true } }""")]
    [InlineData("""{ "from": "31677777777", "id": "wamid.stk", "timestamp": "@now", "type": "sticker", "sticker": { "id": "3" } }""")]
    [InlineData("""{ "from": "31677777777", "id": "wamid.vid", "timestamp": "@now", "type": "video", "video": { "mime_type": "video/mp4", "id": "4" } }""")]
    [InlineData("""{ "from": "31677777777", "id": "wamid.doc", "timestamp": "@now", "type": "document", "document": { "filename": "brief.pdf", "mime_type": "application/pdf", "id": "5" } }""")]
    [InlineData("""{ "from": "31677777777", "id": "wamid.con", "timestamp": "@now", "type": "contacts", "contacts": [ { "name": { "formatted_name": "Koo" } } ] }""")]
    [InlineData("""{ "from": "31677777777", "id": "wamid.rea", "timestamp": "@now", "type": "reaction", "reaction": { "message_id": "wamid.x", "emoji": "👍" } }""")]
    public async Task A_message_type_the_bot_cannot_read_gets_a_friendly_reply(string message)
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();

        using var response = await whatsapp.PostAsync(WhatsAppFixture.Delivery(message));
        var messages = await whatsapp.MessagesAsync(2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(messages.Count >= 2, $"Only {messages.Count} messages.");
        Assert.Contains(messages, message => message.ToJsonString().Contains("bestand", StringComparison.OrdinalIgnoreCase) || message.ToJsonString().Contains("tekst", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_vague_opener_gets_buttons_and_tapping_one_is_understood()
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();

        using (await whatsapp.PostAsync(WhatsAppFixture.TextDelivery("31688888888", "wamid.hallo", "hallo")))
        {
        }

        var messages = await whatsapp.MessagesAsync(2);
        var menu = messages.Last(message => (string?)message["type"] == "interactive");
        var firstChoice = menu["interactive"]!["type"]!.ToString() == "button"
            ? (string)menu["interactive"]!["action"]!["buttons"]![0]!["reply"]!["id"]!
            : (string)menu["interactive"]!["action"]!["sections"]![0]!["rows"]![0]!["id"]!;
        var reply = $$"""
            { "from": "31688888888", "id": "wamid.tap", "timestamp": "@now", "type": "interactive", "context": { "from": "31612345678", "id": "wamid.fake2" },
              "interactive": { "type": "list_reply", "list_reply": { "id": {{System.Text.Json.JsonSerializer.Serialize(firstChoice)}}, "title": "x" } } }
            """;
        var before = whatsapp.Graph.Messages.Count;
        using (await whatsapp.PostAsync(WhatsAppFixture.Delivery(reply)))
        {
        }

        var after = await whatsapp.MessagesAsync(before + 1);

        Assert.True(menu["interactive"]!["action"]!.ToJsonString().Length > 0);
        Assert.True(after.Count > before);
    }

    [Fact]
    public async Task Without_an_app_secret_the_webhook_refuses_every_delivery()
    {
        using var bot = new BotFactory();
        var body = Encoding.UTF8.GetBytes(WhatsAppFixture.TextDelivery("31699999999", "wamid.off", "hallo"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/whatsapp") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-Hub-Signature-256", WebhookSignature.Sign(body, WhatsAppFixture.AppSecret));

        using var response = await bot.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await bot.Services.GetRequiredService<IConversationStore>().GetConversationAsync(WhatsAppFixture.ConversationOf("31699999999"), CancellationToken.None));
    }
}
