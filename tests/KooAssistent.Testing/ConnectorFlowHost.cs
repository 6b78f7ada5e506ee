using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Channels.BotConnector;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Storage;
using KooAssistent.Storage.BotConnector;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Testing;

/// <summary>
/// A <see cref="ConversationFlow"/> through the Bot Connector channel: the real bot behind <c>/api/messages</c>, a fake
/// Azure Bot Service (<see cref="FakeBotConnector"/>) signing every activity and receiving the replies. Activity ids are
/// given the way Direct Line gives them (<c>{conversation}|{sequence:D7}</c>), so a reply's <c>replyToId</c> reads the same.
/// </summary>
internal sealed class ConnectorFlowHost : IFlowHost
{
    public const string ChannelId = "webchat";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    private readonly FakeBotConnector connector;
    private readonly BotFactory bot;
    private readonly HttpClient http;
    private readonly string connectorConversationId = "flow-" + Guid.NewGuid().ToString("N");
    private readonly string userId = "resident-" + Guid.NewGuid().ToString("N")[..8];
    private int seen;

    private ConnectorFlowHost(FakeBotConnector connector, BotFactory bot)
    {
        this.connector = connector;
        this.bot = bot;
        http = bot.CreateClient();
        ConversationId = ConnectorConversationIds.For(ChannelId, connectorConversationId);
    }

    public string ConversationId { get; }

    public static async Task<ConnectorFlowHost> StartAsync(Action<IServiceCollection>? configureServices)
    {
        var connector = await FakeBotConnector.StartAsync();
        return new ConnectorFlowHost(connector, new BotFactory(connector.Settings(), configureServices: configureServices));
    }

    public Task StartConversationAsync(CancellationToken cancellationToken)
    {
        var update = Envelope("conversationUpdate", id: null);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "koo-assistent" }, new JsonObject { ["id"] = userId });
        return PostAsync(update, cancellationToken);
    }

    public async Task SendAsync(Activity activity, TurnTrigger trigger, int rejectedAttachments, CancellationToken cancellationToken)
    {
        var last = (await Store.GetConversationAsync(ConversationId, cancellationToken))?.LastSequence ?? 0;
        var posted = Envelope(activity.Type, string.Create(CultureInfo.InvariantCulture, $"{connectorConversationId}|{last + 1:D7}"));
        var content = JsonNode.Parse(JsonSerializer.Serialize(activity, ActivityJsonContext.Default.Activity))!.AsObject();
        foreach (var field in new[] { "text", "value", "name", "locale" })
        {
            if (content[field] is { } value)
            {
                posted[field] = value.DeepClone();
            }
        }

        if (rejectedAttachments > 0)
        {
            posted["attachments"] = new JsonArray([.. Enumerable.Range(0, rejectedAttachments).Select(_ => (JsonNode)new JsonObject
            {
                ["contentType"] = "image/jpeg",
                ["contentUrl"] = "https://example.invalid/photo.jpg",
            })]);
        }

        await PostAsync(posted, cancellationToken);
    }

    public async Task<Activity> NextBotActivityAsync(string expectation, CancellationToken cancellationToken)
    {
        await Polling.WaitUntilAsync(() => connector.Delivered.Count > seen, ReplyTimeout);
        var delivered = connector.Delivered;
        if (delivered.Count <= seen)
        {
            throw new ConversationFlowException($"Expected a reply ({expectation}), but the Connector API received nothing within {ReplyTimeout.TotalSeconds:F0} s.");
        }

        return Read(delivered[seen++]);
    }

    public async Task<IReadOnlyList<Activity>> UnreadAfterTurnsSettleAsync(CancellationToken cancellationToken)
    {
        var outbox = bot.Services.GetRequiredService<BotConnectorStore>();
        await Polling.WaitUntilAsync(
            async () => await Store.GetNextPendingTurnAsync(ConversationId, cancellationToken) is null
                && !(await outbox.GetPendingDeliveriesAsync(cancellationToken)).Any(delivery => delivery.Reference.ConversationId == ConversationId),
            ReplyTimeout);
        var unread = connector.Delivered.Skip(seen).Select(Read).ToList();
        seen += unread.Count;
        return unread;
    }

    public Task<KooAssistent.Storage.Tickets.TicketRecord?> OpenTicketAsync(CancellationToken cancellationToken) =>
        bot.Services.GetRequiredService<KooAssistent.Storage.Tickets.IHandoffStore>().GetOpenTicketForConversationAsync(ConversationId, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    private IConversationStore Store => bot.Services.GetRequiredService<IConversationStore>();

    private JsonObject Envelope(string type, string? id)
    {
        var envelope = new JsonObject
        {
            ["type"] = type,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["serviceUrl"] = connector.ServiceUrl,
            ["channelId"] = ChannelId,
            ["from"] = new JsonObject { ["id"] = userId },
            ["recipient"] = new JsonObject { ["id"] = "koo-assistent", ["name"] = "KooAssistent" },
            ["conversation"] = new JsonObject { ["id"] = connectorConversationId },
        };
        if (id is not null)
        {
            envelope["id"] = id;
        }

        return envelope;
    }

    private async Task PostAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", connector.Token());
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConversationFlowException($"/api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private static Activity Read(RecordedConnectorRequest request) =>
        JsonSerializer.Deserialize(request.Body.ToJsonString(), ActivityJsonContext.Default.Activity)!;
}
