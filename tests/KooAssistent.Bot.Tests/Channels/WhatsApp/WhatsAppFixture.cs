using System.Text;
using KooAssistent.Bot.Channels.WhatsApp;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.WhatsApp;

/// <summary>A bot with the WhatsApp channel switched on against a fake Graph API, and signed deliveries like Meta's.</summary>
internal sealed class WhatsAppFixture : IAsyncDisposable
{
    public const string AppSecret = "test-app-secret";
    public const string VerifyToken = "test-verify-token";
    public const string AccessToken = "test-access-token";
    public const string PhoneNumberId = "106540352242922";
    public const string ConversationIdKey = "test-conversation-id-key-0123456789abcdef";

    private WhatsAppFixture(FakeGraphApi graph, BotFactory bot, HttpClient http)
    {
        Graph = graph;
        Bot = bot;
        Http = http;
    }

    public FakeGraphApi Graph { get; }

    public BotFactory Bot { get; }

    public HttpClient Http { get; }

    public static async Task<WhatsAppFixture> StartAsync(
        TemporaryDirectory? data = null, string dispatchInterval = "00:00:00.050", CapturedLogs? logs = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configureServices = null)
    {
        var graph = await FakeGraphApi.StartAsync();
        var bot = new BotFactory(Settings(graph.Address, dispatchInterval), dataDirectory: data, logs: logs, configureServices: configureServices);
        return new WhatsAppFixture(graph, bot, bot.CreateClient());
    }

    public static Dictionary<string, string?> Settings(Uri graph, string dispatchInterval) => new()
    {
        ["WhatsApp:AppSecret"] = AppSecret,
        ["WhatsApp:VerifyToken"] = VerifyToken,
        ["WhatsApp:AccessToken"] = AccessToken,
        ["WhatsApp:PhoneNumberId"] = PhoneNumberId,
        ["WhatsApp:ConversationIdKey"] = ConversationIdKey,
        ["WhatsApp:GraphApiBaseUrl"] = graph.ToString(),
        ["WhatsApp:DispatchInterval"] = dispatchInterval,
    };

    // Meta sends é, ë and emoji as raw UTF-8, not as \u escapes; so must the test bodies.
    private static readonly System.Text.Json.JsonSerializerOptions Literal = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ConversationOf(string waId) => KooAssistent.Storage.WhatsApp.WhatsAppKeyedIds.ConversationId(System.Text.Encoding.UTF8.GetBytes(ConversationIdKey), PhoneNumberId, waId);

    public static string TextDelivery(string waId, string messageId, string text) => Delivery($$"""
        { "from": "{{waId}}", "id": "{{messageId}}", "timestamp": "{{Now}}", "type": "text", "text": { "body": {{System.Text.Json.JsonSerializer.Serialize(text, Literal)}} } }
        """);

    public static string Delivery(string message) =>
        """{"object":"whatsapp_business_account","entry":[{"id":"123","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"31612345678","phone_number_id":"""
        + "\"" + PhoneNumberId + "\"" + """},"contacts":[{"profile":{"name":"Test"},"wa_id":"31611111111"}],"messages":[""" + message + "]}}]}]}";

    /// <summary>Stands for the current time in a delivery's timestamps; <see cref="PostAsync"/> writes the time in its place, as Meta does.</summary>
    public const string Now = "@now";

    /// <summary>A delivery request as Meta sends it: <see cref="Now"/> replaced by <paramref name="at"/> (the current time if not given), signed.</summary>
    public static HttpRequestMessage SignedRequest(string body, DateTimeOffset? at = null)
    {
        var bytes = Encoding.UTF8.GetBytes(WithTime(body, at ?? DateTimeOffset.UtcNow));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/whatsapp") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Sign(bytes, AppSecret));
        return request;
    }

    public static string WithTime(string body, DateTimeOffset at) =>
        body.Replace(Now, at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public async Task<HttpResponseMessage> PostAsync(string body, string? signature = null, bool sign = true)
    {
        var bytes = Encoding.UTF8.GetBytes(WithTime(body, DateTimeOffset.UtcNow));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/whatsapp") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        if (sign)
        {
            request.Headers.Add("X-Hub-Signature-256", signature ?? WebhookSignature.Sign(bytes, AppSecret));
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Waits until the fake Graph API has received at least <paramref name="count"/> messages.</summary>
    public async Task<IReadOnlyList<System.Text.Json.Nodes.JsonObject>> MessagesAsync(int count, int timeoutSeconds = 10)
    {
        await Polling.WaitUntilAsync(() => Graph.Messages.Count >= count, TimeSpan.FromSeconds(timeoutSeconds));
        return Graph.Messages;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Bot.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
