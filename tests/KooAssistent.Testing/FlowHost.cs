using KooAssistent.Storage;
using KooAssistent.Bot.LanguageModel;
using KooAssistent.Bot.Turns;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KooAssistent.Testing;

/// <summary>
/// The bot's real pipeline (store, turn scheduler, brain, notifier) without HTTP, hosted the way the program hosts
/// it, on a fresh SQLite file. One conversation per host.
/// </summary>
internal sealed class FlowHost : IFlowHost
{
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);

    private readonly IHost host;
    private readonly TemporaryDirectory data;
    private readonly ConversationSubscription subscription;
    private long seen;

    private FlowHost(IHost host, TemporaryDirectory data, string conversationId, string userId, string channel)
    {
        this.host = host;
        this.data = data;
        ConversationId = conversationId;
        UserId = userId;
        Channel = channel;
        subscription = Notifier.Subscribe(conversationId);
    }

    public string ConversationId { get; }

    public string UserId { get; }

    public string Channel { get; }

    public IConversationStore Store => host.Services.GetRequiredService<IConversationStore>();

    private TurnPipeline Pipeline => host.Services.GetRequiredService<TurnPipeline>();

    private IConversationNotifier Notifier => host.Services.GetRequiredService<IConversationNotifier>();

    public static async Task<FlowHost> StartAsync(string channel, Action<IServiceCollection>? configureServices, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var data = new TemporaryDirectory();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Persistence:DataDirectory"] = data.Path });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddPersistence();
        builder.AddLanguageModel();
        builder.AddTurnPipeline();
        configureServices?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new FlowHost(host, data, "flow-" + Guid.NewGuid().ToString("N"), "resident-" + Guid.NewGuid().ToString("N")[..8], channel);
    }

    public Task StartConversationAsync(CancellationToken cancellationToken) =>
        Pipeline.StartConversationAsync(new NewConversation(ConversationId, Channel, UserId, "nl-NL"), cancellationToken);

    public Task SendAsync(Activity activity, TurnTrigger trigger, int rejectedAttachments, CancellationToken cancellationToken)
    {
        var addressed = activity with
        {
            ChannelId = Channel,
            From = new ChannelAccount(UserId, Role: RoleTypes.User),
            Recipient = BotIdentity.Account,
            Conversation = new ConversationAccount(ConversationId),
        };
        return Pipeline.AcceptAsync(new InboundActivity(ConversationId, addressed, IdempotencyKey: null, trigger, rejectedAttachments), cancellationToken);
    }

    /// <summary>The next activity the bot sent after the last one a step looked at; fails after <see cref="ReplyTimeout"/>.</summary>
    public async Task<Activity> NextBotActivityAsync(string expectation, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReplyTimeout);
        try
        {
            while (true)
            {
                var next = await TakeNextBotActivityAsync(timeout.Token);
                if (next is not null)
                {
                    return next;
                }

                await subscription.WaitAsync(ReplyTimeout, TimeProvider.System, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ConversationFlowException($"Expected a reply ({expectation}), but the bot sent nothing within {ReplyTimeout.TotalSeconds:F0} s.");
        }
    }

    /// <summary>Waits until the bot has finished every queued turn, then returns what it sent that no step has looked at.</summary>
    public async Task<IReadOnlyList<Activity>> UnreadAfterTurnsSettleAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReplyTimeout);
        while (await Store.GetNextPendingTurnAsync(ConversationId, timeout.Token) is not null)
        {
            await subscription.WaitAsync(ReplyTimeout, TimeProvider.System, timeout.Token);
        }

        var unread = new List<Activity>();
        while (await TakeNextBotActivityAsync(cancellationToken) is { } activity)
        {
            unread.Add(activity);
        }

        return unread;
    }

    public Task<KooAssistent.Storage.Tickets.TicketRecord?> OpenTicketAsync(CancellationToken cancellationToken) =>
        host.Services.GetRequiredService<KooAssistent.Storage.Tickets.IHandoffStore>().GetOpenTicketForConversationAsync(ConversationId, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        subscription.Dispose();
        await host.StopAsync();
        host.Dispose();
        data.Dispose();
    }

    private async Task<Activity?> TakeNextBotActivityAsync(CancellationToken cancellationToken)
    {
        foreach (var stored in await Store.GetActivitiesAsync(ConversationId, seen, 100, cancellationToken))
        {
            seen = stored.Sequence;
            if (stored.Activity.From?.Role == RoleTypes.Bot)
            {
                return stored.Activity;
            }
        }

        return null;
    }
}
