using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Staff;
using KooAssistent.Bot.Tests.Channels.WhatsApp;
using KooAssistent.Bot.Tests.Staff;
using KooAssistent.Storage;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Fuzzing;

/// <summary>
/// The requests that gave a 500 in the security review's fuzzing, one by one: each now gets a clear 4xx in the
/// project's error shape (or, for a valid request that used to fail, its proper answer), and nothing of it is stored.
/// </summary>
public sealed class MalformedInputTests
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task A_sign_in_that_is_not_sent_as_JSON_gets_400(string? contentType)
    {
        using var bot = new BotFactory();
        using var content = new StringContent("""{"username":"anna","password":"een-lang-wachtwoord"}""");
        content.Headers.ContentType = contentType is null ? null : new(contentType);

        using var response = await bot.CreateClient().PostAsync(new Uri("/staff/api/session", UriKind.Relative), content);

        await AssertErrorAsync(HttpStatusCode.BadRequest, response);
    }

    [Theory]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4")]
    [InlineData("not multipart at all")]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"activity\"\r\n\r\n{\"type\":\"message\",\"text\":\"hallo\"}")]
    public async Task A_malformed_multipart_upload_gets_400_and_nothing_is_stored(string body)
    {
        using var bot = new BotFactory();
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{session.ConversationId}/upload", UriKind.Relative))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");
        request.Headers.Authorization = new("Bearer", session.Token);
        var before = await StoredCountAsync(bot, session.ConversationId);

        using var response = await client.Http.SendAsync(request);

        await AssertErrorAsync(HttpStatusCode.BadRequest, response);
        Assert.Equal(before, await StoredCountAsync(bot, session.ConversationId));
    }

    [Fact]
    public async Task A_lone_surrogate_as_the_locale_of_a_new_conversation_gets_400_and_starts_nothing()
    {
        using var bot = new BotFactory();
        var client = bot.CreateDirectLineClient();
        var (token, conversationId, _) = await client.GetTokenAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, """{"locale":"\ud800"}""");

        await AssertErrorAsync(HttpStatusCode.BadRequest, response);
        Assert.Null(await bot.Services.GetRequiredService<IConversationStore>().GetConversationAsync(conversationId, CancellationToken.None));
    }

    [Fact]
    public async Task An_account_with_a_username_beyond_ASCII_is_created_with_an_escaped_location()
    {
        using var bot = new BotFactory();
        await StaffConsole.AddAccountAsync(bot, "beheer", StaffRole.Beheerder, null);
        var beheerder = await StaffConsole.SignInAsync(bot, "beheer");

        using var response = await beheerder.PostAsync("/staff/api/accounts", new { username = "josé", displayName = "José", role = "coordinator", password = "een-lang-wachtwoord" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/staff/api/accounts/jos%C3%A9", response.Headers.Location?.OriginalString);
    }

    public static TheoryData<string, string> MisshapenDeliveries => new()
    {
        { "an entry that is a string", """{"object":"whatsapp_business_account","entry":[""]}""" },
        { "changes that are booleans", """{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[true]}]}""" },
        { "a delivery that is a number", "1.5" },
        { "a message that is a string", WhatsAppFixture.Delivery("\"hallo\"") },
        { "a timestamp beyond any clock", WhatsAppFixture.Delivery("""{ "from": "31611111111", "id": "wamid.far", "timestamp": "99999999999999", "type": "text", "text": { "body": "hallo" } }""") },
        { "a timestamp of another type", WhatsAppFixture.Delivery("""{ "from": "31611111111", "id": "wamid.type", "timestamp": { "s": 1 }, "type": "text", "text": { "body": "hallo" } }""") },
        { "text with a lone surrogate", WhatsAppFixture.Delivery("""{ "from": "31611111111", "id": "wamid.sur", "timestamp": "@now", "type": "text", "text": { "body": "\ud800" } }""") },
        { "a status error that is a string", """{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"statuses":[{"id":"wamid.out","status":"failed","timestamp":"@now","errors":["x"]}],"messages":[{ "from": "31611111111", "id": "wamid.st", "timestamp": "@now", "type": "text", "text": { "body": "hallo" } }]}}]}]}""" },
    };

    [Theory]
    [MemberData(nameof(MisshapenDeliveries))]
    public async Task A_signed_delivery_not_in_Meta_shape_gets_400_and_nothing_of_it_is_stored(string kind, string body)
    {
        await using var whatsapp = await WhatsAppFixture.StartAsync();

        using var response = await whatsapp.PostAsync(body);

        await AssertErrorAsync(HttpStatusCode.BadRequest, response);
        Assert.Null(await whatsapp.Bot.Services.GetRequiredService<IConversationStore>().GetConversationAsync(WhatsAppFixture.ConversationOf("31611111111"), CancellationToken.None));
        _ = kind;
    }

    private static async Task AssertErrorAsync(HttpStatusCode expected, HttpResponseMessage response)
    {
        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.False(string.IsNullOrEmpty((string?)body?["error"]?["code"]), "The answer has no error code.");
        Assert.False(string.IsNullOrEmpty((string?)body?["error"]?["message"]), "The answer has no error message.");
    }

    private static async Task<int> StoredCountAsync(BotFactory bot, string conversationId) =>
        (await bot.Services.GetRequiredService<IConversationStore>().GetActivitiesAsync(conversationId, 0, 1000, CancellationToken.None)).Count;
}
