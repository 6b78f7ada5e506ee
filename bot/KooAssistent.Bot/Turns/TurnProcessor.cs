using KooAssistent.Bot.Handoff;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Conversation.Replies;
using KooAssistent.Storage;
using KooAssistent.Storage.Changes;
using KooAssistent.Storage.Tickets;

namespace KooAssistent.Bot.Turns;

/// <summary>
/// Runs the pending turns of one conversation: read the turn, ask the brain, store the replies and complete the
/// turn in one transaction, then wake listeners with what was stored. A brain that keeps failing on a message gets
/// three tries; after that the resident gets an apology with Koo's number instead of silence.
/// </summary>
public sealed partial class TurnProcessor(
    IConversationStore store,
    TeamDirectory teams,
    IConversationBrain brain,
    IChangeFeed changes,
    HandoffNotice handoffNotice,
    ReplyCatalogue replies,
    Insights.InsightRecorder insights,
    TimeProvider clock,
    ILogger<TurnProcessor> logger)
{
    public const int MaxAttempts = 3;

    public async Task ProcessPendingAsync(string conversationId, CancellationToken cancellationToken)
    {
        // One read a turn: the turn, its conversation with the brain state, the message it answers and the open ticket.
        while (await store.GetNextTurnAsync(conversationId, cancellationToken) is { } next)
        {
            var (turn, conversation, inbound, ticket) = next;
            using var activity = Hosting.TurnTelemetry.StartTurn(conversationId, conversation.Channel, turn.Id);
            if (inbound?.Activity.Timestamp is { } receivedAt)
            {
                Hosting.TurnTelemetry.Waited(conversation.Channel, clock.GetUtcNow() - receivedAt);
            }

            var started = clock.GetTimestamp();
            var brainTime = TimeSpan.Zero;
            if (ticket is { Status: TicketStatus.Assigned })
            {
                // A worker holds the conversation: the bot never talks over a person. The message is already stored.
                var none = await store.CompleteTurnAsync(turn, [], brainState: null, cancellationToken);
                changes.Publish(Change.Conversation(conversationId, ticket.Team, none));
                LogHeldByWorker(conversationId, turn.Id, ticket.Id);
                continue;
            }

            TurnResult result;
            if (turn.Attempts >= MaxAttempts)
            {
                LogGaveUp(conversationId, turn.Id, turn.Attempts);
                result = new TurnResult([Activity.Message(replies[ReplyKey.TurnFailed])], conversation.BrainState);
            }
            else
            {
                try
                {
                    var asked = clock.GetTimestamp();
                    result = await brain.RespondAsync(ToRequest(conversation, turn, inbound), cancellationToken);
                    brainTime = clock.GetElapsedTime(asked);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogBrainFailed(exception, conversationId, turn.Id, turn.Attempts + 1);
                    await store.RecordTurnFailureAsync(turn, cancellationToken);
                    continue;
                }
            }

            if (ticket is { Status: TicketStatus.Queued } && result.Decision?.Route != KooAssistent.Conversation.Dialog.Route.Crisis && result.Erasure == ErasureStep.None)
            {
                // Waiting for a worker: the resident may keep typing and the worker reads it; only a crisis, or a
                // request to erase the conversation (which withdraws the request for a worker), is answered.
                result = new TurnResult([], State: null, result.Decision);
            }

            if (result.Erasure == ErasureStep.Confirmed && result.State is { } forgotten)
            {
                await store.CompleteErasureTurnAsync(turn, [.. result.Replies.Select(reply => Address(reply, conversation, inbound: null))], forgotten, cancellationToken);

                // Ended tickets of the conversation went too, and they may be other teams'.
                changes.Publish(Change.AllTickets);
                changes.Publish(Change.Conversation(conversationId));
                LogErased(conversationId, turn.Id, ticket is not null);
                continue;
            }

            var newTicket = result.Handoff is { } request && ticket is null
                ? new NewTicket(Guid.NewGuid().ToString("N"), teams.TeamFor(request), request) { Wijk = teams.WijkFor(request) }
                : null;
            var replying = newTicket is null ? result.Replies : [.. result.Replies, handoffNotice.For(newTicket.Request)];
            var outgoing = replying.Select(reply => Address(reply, conversation, inbound)).ToList();
            // Only turns the bot answered count: while a ticket waits the resident's messages are the worker's.
            var insight = outgoing.Count > 0 ? InsightOf(conversation, inbound, result) : null;
            var stored = await store.CompleteTurnAsync(turn, outgoing, result.State, newTicket, insight, cancellationToken);
            if (newTicket is not null)
            {
                changes.Publish(Change.Tickets(newTicket.Team));
                LogTicketOpened(conversationId, newTicket.Id, newTicket.Team, newTicket.Request.Urgency);
            }

            changes.Publish(Change.Conversation(conversationId, ticket?.Team, stored));

            var elapsed = clock.GetElapsedTime(started);
            LogTurnCompleted(conversationId, turn.Id, turn.Trigger, stored.Count, elapsed.TotalMilliseconds);
            if (result.Decision is { } decision)
            {
                // Route, theme and confidence, and how many reasons: the reasons themselves name dangers (crisis:SUICIDE),
                // life domains and pressure, and articles name subjects such as health or sexuality; next to a
                // conversation id, and outliving its erasure, they would be special-category data about a person.
                LogDecision(conversationId, turn.Id, decision.Route, decision.Theme, decision.Confidence, decision.Reasons.Count);
                Hosting.TurnTelemetry.Decided(activity, conversation.Channel, decision.Route.ToString(), decision.Theme, brainTime.TotalMilliseconds);
            }
        }
    }

    /// <summary>The turn's figures; a failure here is logged and costs the figures one turn, never the resident a reply.</summary>
    private Storage.Insights.InsightRecord? InsightOf(StoredConversation conversation, StoredActivity? inbound, TurnResult result)
    {
        try
        {
            return insights.ToRecord(conversation, inbound?.Activity.Text, result);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogInsightFailed(exception, conversation.Id);
            return null;
        }
    }

    private static TurnRequest ToRequest(StoredConversation conversation, PendingTurn turn, StoredActivity? inbound) =>
        new(
            conversation.Id,
            conversation.Channel,
            turn.Trigger,
            inbound?.Activity,
            inbound?.Activity.Locale ?? conversation.Locale,
            conversation.BrainState,
            turn.RejectedAttachments);

    /// <summary>
    /// Fills in who sends to whom, where, and in reply to what; the brain only decides what is said. A WhatsApp reply
    /// also carries the turn's trace to the outbox that sends it (<see cref="Hosting.DeliveryTrace"/>).
    /// </summary>
    private static Activity Address(Activity reply, StoredConversation conversation, StoredActivity? inbound)
    {
        var addressed = reply with
        {
            ChannelId = conversation.Channel,
            From = BotIdentity.Account,
            Recipient = new ChannelAccount(conversation.UserId, Role: RoleTypes.User),
            Conversation = new ConversationAccount(conversation.Id),
            ReplyToId = inbound?.Activity.Id,
            Locale = reply.Locale ?? "nl-NL",
        };
        return Hosting.DeliveryTrace.StampForOutbox(conversation.Channel, addressed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn {TurnId} of conversation {ConversationId} ({Trigger}) completed with {ReplyCount} replies in {ElapsedMs:F1} ms")]
    private partial void LogTurnCompleted(string conversationId, long turnId, TurnTrigger trigger, int replyCount, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn {TurnId} of conversation {ConversationId}: route {Route}, theme {Theme}, confidence {Confidence:F2}, {ReasonCount} reason(s)")]
    private partial void LogDecision(string conversationId, long turnId, KooAssistent.Conversation.Dialog.Route route, string theme, double confidence, int reasonCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn {TurnId} of conversation {ConversationId} left to the worker of ticket {TicketId}")]
    private partial void LogHeldByWorker(string conversationId, long turnId, string ticketId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId} handed to a Buurtteam: ticket {TicketId}, team {Team}, urgency {Urgency}")]
    private partial void LogTicketOpened(string conversationId, string ticketId, string team, HandoffUrgency urgency);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId} erased at the resident's request in turn {TurnId} (a ticket withdrawn: {HadTicket})")]
    private partial void LogErased(string conversationId, long turnId, bool hadTicket);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The insight figures of a turn of conversation {ConversationId} could not be made")]
    private partial void LogInsightFailed(Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The brain failed on turn {TurnId} of conversation {ConversationId} (attempt {Attempt})")]
    private partial void LogBrainFailed(Exception exception, string conversationId, long turnId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn {TurnId} of conversation {ConversationId} failed {Attempts} times; answering with an apology")]
    private partial void LogGaveUp(string conversationId, long turnId, int attempts);
}
