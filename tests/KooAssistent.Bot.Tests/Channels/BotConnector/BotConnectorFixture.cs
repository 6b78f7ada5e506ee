using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Channels.BotConnector;
using KooAssistent.Storage;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Channels.BotConnector;

/// <summary>A bot registered with a fake Azure Bot Service on loopback: its signing authority, token endpoint and Connector API.</summary>
internal sealed class BotConnectorFixture : IAsyncDisposable
{
    private BotConnectorFixture(FakeBotConnector connector, BotFactory bot, HttpClient http)
    {
        Connector = connector;
        Bot = bot;
        Http = http;
    }

    public FakeBotConnector Connector { get; }

    public BotFactory Bot { get; }

    public HttpClient Http { get; }

    public static async Task<BotConnectorFixture> StartAsync(IDictionary<string, string?>? extra = null)
    {
        var connector = await FakeBotConnector.StartAsync();
        var settings = connector.Settings();
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var bot = new BotFactory(settings);
        return new BotConnectorFixture(connector, bot, bot.CreateClient());
    }

    /// <summary>A bot built by the test (with captured logs, say) against a fake the test started.</summary>
    public static BotConnectorFixture Wrap(FakeBotConnector connector, BotFactory bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return new BotConnectorFixture(connector, bot, bot.CreateClient());
    }

    /// <summary>A message activity as a channel delivers it to the bot.</summary>
    public static JsonObject Message(string serviceUrl, string text, string activityId = "act-1", string conversationId = "conv-1", string channelId = "webchat") => new()
    {
        ["type"] = "message",
        ["id"] = activityId,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Ann" },
        ["recipient"] = new JsonObject { ["id"] = "koo-bot-id", ["name"] = "KooAssistent" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["locale"] = "nl-NL",
        ["text"] = text,
    };

    public JsonObject Message(string text, string activityId = "act-1", string conversationId = "conv-1", string channelId = "webchat") =>
        Message(Connector.ServiceUrl, text, activityId, conversationId, channelId);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, JsonObject activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token) => PostAsync(Http, activity, token);

    /// <summary>Posted with a valid token for the activity's own service URL.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity) => PostAsync(Http, activity, Connector.Token((string?)activity["serviceUrl"]));

    public Task<StoredConversation?> StoredAsync(string conversationId = "conv-1", string channelId = "webchat") =>
        Bot.Services.GetRequiredService<IConversationStore>().GetConversationAsync(ConnectorConversationIds.For(channelId, conversationId), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
