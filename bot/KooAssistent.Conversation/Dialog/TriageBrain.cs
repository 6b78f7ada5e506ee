using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Conversation.Dialog.Triage;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Dialog;

/// <summary>
/// The bot's brain: it reads each message with the detectors, lets the triage decide (crisis, handoff, answer,
/// clarify, out of scope) and composes the reply from the knowledge. It remembers the conversation in its state,
/// which the caller stores and hands back on the next turn.
/// </summary>
public sealed class TriageBrain(TriageContent content, IMessageReader reader, IArticleSearch search, TimeProvider clock) : IConversationBrain
{
    private readonly TriageDecider decider = new(content, search);
    private readonly TriageComposer composer = new(content);
    private readonly HandoffDialog handoff = new(content, clock);
    private readonly ErasureDialog erasure = new(content);

    public TriageBrain(TriageContent content, IMessageReader reader, IArticleSearch search)
        : this(content, reader, search, TimeProvider.System)
    {
    }

    /// <summary>Only the language survives an erasure.</summary>
    public string Forget(string? state) => TriageState.Parse(state).Forgotten().Serialize();

    public ValueTask<TurnResult> RespondAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(request.Trigger switch
        {
            TurnTrigger.ConversationStarted => new TurnResult([Activity.Message(content.Knowledge.Replies[ReplyKey.Welcome])], request.State),
            TurnTrigger.Message => Message(request),
            _ => TurnResult.Silent(request.State),
        });
    }

    private TurnResult Message(TurnRequest request)
    {
        var state = TriageState.Parse(request.State);
        var text = request.Inbound?.Text?.Trim() ?? string.Empty;
        var replies = new List<Activity>();
        if (request.RejectedAttachments > 0)
        {
            replies.Add(Activity.Message(content.Knowledge.RepliesFor(state.Language)[ReplyKey.AttachmentsNotSupported]));
        }

        if (text.Length == 0)
        {
            return new TurnResult(replies, request.State);
        }

        var reading = reader.Read(text, state.RecentMessages);
        if (reading.Crisis.Count == 0 && Erasure(text, reading, state) is { } erasing)
        {
            return erasing with { Replies = [.. replies, .. erasing.Replies] };
        }

        state = state with { ErasureAsked = false };
        if (state.Handoff is { Stage: not (HandoffStage.None or HandoffStage.Requested) } && reading.Crisis.Count == 0
            && handoff.Continue(text, state) is { } step)
        {
            return step with { Replies = [.. replies, .. step.Replies] };
        }

        // Anything else ends an unfinished handoff dialog: the resident moved on, and the triage reads the message.
        // After a handoff the host only lets the brain speak again once the Buurtteam handed the conversation back:
        // the tangle was theirs, so the bot starts afresh on life domains and pressure (a crisis is kept).
        var current = state with { Handoff = null };
        if (state.Handoff is { Stage: HandoffStage.Requested })
        {
            // The old messages are not read again as part of this one either, or the classifier's tangle vote over
            // the conversation would hand a single question back to the team; danger found across them still counts.
            current = current with { Domains = [], Pressure = [], NotHelpfulTurns = 0, VagueTurns = 0, RecentMessages = [] };
            reading = reader.Read(text, []) with { Crisis = reading.Crisis, PossibleDanger = reading.PossibleDanger };
        }

        var plan = NotInDanger(text, reading, current) is { } answeredNo ? answeredNo : decider.Decide(text, reading, current);
        plan = AnswerFeedback.Ask(plan, content);
        replies.Add(composer.Compose(plan));
        var next = plan.NextState;
        if (plan.Decision.Route == Route.Handoff)
        {
            var (question, asked) = handoff.Offer(plan);
            replies[^1] = replies[^1] with { SuggestedActions = null };
            replies.Add(question);
            next = asked;
        }

        return new TurnResult(replies, next.Serialize(), plan.Decision, Feedback: plan.Feedback);
    }

    /// <summary>
    /// "Nee" to "Ben je nu in gevaar?": the bot goes back to what the resident asked in the message that raised the
    /// question, says to call 112 if that changes, and shows the help line once. Null for any other message.
    /// </summary>
    private TriagePlan? NotInDanger(string text, MessageReading reading, TriageState state)
    {
        var replies = content.Knowledge.RepliesFor(state.Language);
        if (state.DangerAsked.Count == 0 || reading.Crisis.Count > 0 || state.RecentMessages.Count == 0 || !DangerQuestion.IsNo(text, replies[ReplyKey.ButtonDangerNo]))
        {
            return null;
        }

        var asked = state.RecentMessages[^1];
        var earlier = state.RecentMessages.Take(state.RecentMessages.Count - 1).ToList();
        var reread = reader.Read(asked, earlier) with { PossibleDanger = [] };
        // Decided as if nothing had been asked, so the question is answered; the help line for what was asked comes once.
        var plan = decider.Decide(asked, reread, state with { RecentMessages = earlier, DangerAsked = [] });
        return plan with
        {
            Texts = [ReplyKey.DangerNotNow, .. plan.Texts],
            Closing = [.. plan.Closing, .. DangerQuestion.HelpLines(state.DangerAsked)],
            Decision = plan.Decision with { Reasons = ["danger-question:no", .. plan.Decision.Reasons] },
        };
    }

    /// <summary>The answer to the erasure question, or the question itself when the resident asks to erase; else null.</summary>
    private TurnResult? Erasure(string text, MessageReading reading, TriageState state)
    {
        if (state.ErasureAsked && erasure.Continue(text, state) is { } answered)
        {
            return answered;
        }

        // An unfinished handoff question is dropped, so the "yes" that follows answers the erasure question only.
        return reading.AsksForErasure
            ? erasure.Offer(state with { Handoff = state.Handoff is { Stage: HandoffStage.Requested } ? state.Handoff : null })
            : null;
    }
}
