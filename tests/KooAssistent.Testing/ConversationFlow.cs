using System.Collections.Immutable;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Testing;

/// <summary>
/// Conversation tests over the bot's real pipeline, in the spirit of Bot Builder's TestFlow:
/// <code>
/// await ConversationFlow.Start()
///     .AssertReply(reply => Assert.Contains("computerprogramma", reply.Text))
///     .Send("Ik heb een vraag over schulden")
///     .AssertReplyContains("073 206 88 88")
///     .StartAsync();
/// </code>
/// Steps are recorded and run in order by <see cref="StartAsync"/>; every flow is immutable, so a common opening
/// can be shared by several tests. Waiting is on the bot's own signals, never on sleeps.
/// </summary>
public sealed class ConversationFlow
{
    private readonly ImmutableList<Step> steps;
    private readonly FlowSettings settings;

    private ConversationFlow(FlowSettings settings, ImmutableList<Step> steps)
    {
        this.settings = settings;
        this.steps = steps;
    }

    /// <summary>A new conversation; its first step is the resident opening the chat.</summary>
    /// <param name="channel">The channel id the conversation runs on, for channel-aware behaviour.</param>
    /// <param name="configureServices">Replaces services (for example the brain) before the host starts.</param>
    public static ConversationFlow Start(string channel = "test", Action<IServiceCollection>? configureServices = null) =>
        new ConversationFlow(new FlowSettings(channel, configureServices, ThroughBotConnector: false), [])
            .Then("the resident opens the chat", (host, token) => host.StartConversationAsync(token));

    /// <summary>The same, with settings as the program reads them (e.g. <c>Llm:Enabled</c>), checked at start as there.</summary>
    public static ConversationFlow Start(IReadOnlyDictionary<string, string?> settings, string channel = "test") =>
        new ConversationFlow(new FlowSettings(channel, null, ThroughBotConnector: false, settings), [])
            .Then("the resident opens the chat", (host, token) => host.StartConversationAsync(token));

    /// <summary>
    /// The same, but the resident talks through Azure Bot Service: every activity is posted to <c>/api/messages</c> with a
    /// channel token from a fake signing authority, and the replies are what reaches the fake Connector API.
    /// </summary>
    public static ConversationFlow StartThroughBotConnector(Action<IServiceCollection>? configureServices = null) =>
        new ConversationFlow(new FlowSettings(ConnectorFlowHost.ChannelId, configureServices, ThroughBotConnector: true), [])
            .Then("the resident opens the chat", (host, token) => host.StartConversationAsync(token));

    public ConversationFlow Send(string text) =>
        Send(new Activity { Type = ActivityTypes.Message, Text = text }, $"the resident says \"{text}\"");

    public ConversationFlow Send(Activity activity, string? description = null, int rejectedAttachments = 0)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var trigger = activity.Type == ActivityTypes.Event ? TurnTrigger.Event : TurnTrigger.Message;
        return Then(description ?? $"the resident sends a {activity.Type}", (host, token) => host.SendAsync(activity, trigger, rejectedAttachments, token));
    }

    /// <summary>The next bot message has exactly this text.</summary>
    public ConversationFlow AssertReply(string expectedText) =>
        AssertReply(
            reply =>
            {
                if (!string.Equals(reply.Text, expectedText, StringComparison.Ordinal))
                {
                    throw new ConversationFlowException($"Expected the reply \"{expectedText}\" but got \"{reply.Text}\".");
                }
            },
            $"\"{expectedText}\"");

    public ConversationFlow AssertReplyContains(string fragment) =>
        AssertReply(
            reply =>
            {
                if (reply.Text is null || !reply.Text.Contains(fragment, StringComparison.Ordinal))
                {
                    throw new ConversationFlowException($"Expected a reply containing \"{fragment}\" but got \"{reply.Text}\".");
                }
            },
            $"containing \"{fragment}\"");

    /// <summary>Inspects the next activity the bot sent; <paramref name="inspect"/> throws (an assertion) when it is wrong.</summary>
    public ConversationFlow AssertReply(Action<Activity> inspect, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(inspect);
        var expectation = description ?? "a reply";
        return Then($"the bot replies {expectation}", async (host, token) => inspect(await host.NextBotActivityAsync(expectation, token)));
    }

    /// <summary>
    /// Waits for the ticket the conversation's handoff opens, whatever the bot said on the way, and inspects it;
    /// <paramref name="inspect"/> throws (an assertion) when it is wrong.
    /// </summary>
    public ConversationFlow AssertOpenTicket(Action<KooAssistent.Storage.Tickets.TicketRecord> inspect)
    {
        ArgumentNullException.ThrowIfNull(inspect);
        return Then("the conversation gets an open ticket", async (host, token) =>
        {
            KooAssistent.Storage.Tickets.TicketRecord? ticket = null;
            await Polling.WaitUntilAsync(async () => (ticket = await host.OpenTicketAsync(token)) is not null, FlowHost.ReplyTimeout);
            inspect(ticket ?? throw new ConversationFlowException($"Expected an open ticket within {FlowHost.ReplyTimeout.TotalSeconds:F0} s, but there is none."));
        });
    }

    /// <summary>After the bot has finished all its work, it has said nothing more.</summary>
    public ConversationFlow AssertNoReply() =>
        Then("the bot says nothing more", async (host, token) =>
        {
            var unread = await host.UnreadAfterTurnsSettleAsync(token);
            if (unread.Count > 0)
            {
                throw new ConversationFlowException($"Expected no reply, but the bot sent: {string.Join(" | ", unread.Select(activity => activity.Text ?? activity.Type))}");
            }
        });

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await using IFlowHost host = settings.ThroughBotConnector
            ? await ConnectorFlowHost.StartAsync(settings.ConfigureServices)
            : await FlowHost.StartAsync(settings.Channel, settings.ConfigureServices, cancellationToken, settings.Settings);
        for (var index = 0; index < steps.Count; index++)
        {
            try
            {
                await steps[index].Run(host, cancellationToken);
            }
            catch (ConversationFlowException exception)
            {
                throw new ConversationFlowException($"Step {index + 1} ({steps[index].Description}): {exception.Message}");
            }
        }
    }

    private ConversationFlow Then(string description, Func<IFlowHost, CancellationToken, Task> run) =>
        new(settings, steps.Add(new Step(description, run)));

    private sealed record Step(string Description, Func<IFlowHost, CancellationToken, Task> Run);

    private sealed record FlowSettings(string Channel, Action<IServiceCollection>? ConfigureServices, bool ThroughBotConnector, IReadOnlyDictionary<string, string?>? Settings = null);
}
