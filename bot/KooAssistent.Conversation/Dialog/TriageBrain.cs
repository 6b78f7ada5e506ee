using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog.Assistance;
using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Conversation.Dialog.Triage;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Dialog;

/// <summary>
/// The bot's brain: it reads each message with the detectors, lets the triage decide (crisis, handoff, answer,
/// clarify, out of scope) and composes the reply from the knowledge. It remembers the conversation in its state,
/// which the caller stores and hands back on the next turn. A language model, when one is switched on
/// (<see cref="ModelAssistance"/>), may only add danger, phrase a plain answer that a guard checks against its article, and
/// draft a summary for the worker that goes with the ticket.
/// </summary>
public sealed class TriageBrain(TriageContent content, IMessageReader reader, IArticleSearch search, TimeProvider clock, ModelAssistance assistance) : IConversationBrain
{
    /// <summary>The worker's draft is three lines; a model that writes more is cut, not trusted with the worker's time.</summary>
    private const int WorkerDraftLines = 3;

    private const int WorkerDraftLength = 600;

    private readonly TriageDecider decider = new(content, search);
    private readonly TriageComposer composer = new(content);
    private readonly HandoffDialog handoff = new(content, clock);
    private readonly ErasureDialog erasure = new(content);
    private readonly GroundingGuard guard = new(content.Knowledge.Organisations);

    public TriageBrain(TriageContent content, IMessageReader reader, IArticleSearch search, TimeProvider clock)
        : this(content, reader, search, clock, ModelAssistance.None)
    {
    }

    public TriageBrain(TriageContent content, IMessageReader reader, IArticleSearch search)
        : this(content, reader, search, TimeProvider.System)
    {
    }

    /// <summary>Only the language survives an erasure.</summary>
    public string Forget(string? state) => TriageState.Parse(state).Forgotten().Serialize();

    public ValueTask<TurnResult> RespondAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Trigger switch
        {
            TurnTrigger.ConversationStarted => ValueTask.FromResult(new TurnResult([Activity.Message(content.Knowledge.Replies[ReplyKey.Welcome])], request.State)),
            TurnTrigger.Message => new ValueTask<TurnResult>(assistance.IsOff ? MessageAsync(request, null, cancellationToken) : AssistedMessageAsync(request, cancellationToken)),
            _ => ValueTask.FromResult(TurnResult.Silent(request.State)),
        };
    }

    /// <summary>One time limit for all the model's calls in a turn, so the resident never waits longer than it.</summary>
    private async Task<TurnResult> AssistedMessageAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(assistance.TimeLimit, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        return await MessageAsync(request, linked.Token, cancellationToken).ConfigureAwait(false);
    }

    /// <param name="modelToken">Null without a model: nothing is awaited and the turn runs synchronously, as it always did.</param>
    private async Task<TurnResult> MessageAsync(TurnRequest request, CancellationToken? modelToken, CancellationToken cancellationToken)
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
        DangerOpinion? opinion = null;
        if (reading.Crisis.Count == 0 && assistance.SecondOpinion is { } secondOpinion && modelToken is { } token)
        {
            opinion = await AskSecondOpinionAsync(secondOpinion, text, token, cancellationToken).ConfigureAwait(false);
            reading = Raised(reading, opinion);
        }

        if (reading.Crisis.Count == 0 && Erasure(text, reading, state) is { } erasing)
        {
            return erasing with { Replies = [.. replies, .. erasing.Replies] };
        }

        state = state with { ErasureAsked = false };
        if (state.Handoff is { Stage: not (HandoffStage.None or HandoffStage.Requested) } && reading.Crisis.Count == 0
            && handoff.Continue(text, state) is { } step)
        {
            if (step.Handoff is { } handoffRequest && assistance.WorkerDraft is { } drafter && modelToken is { } draftToken)
            {
                step = step with { Handoff = handoffRequest with { WorkerDraft = await DraftAsync(drafter, handoffRequest, draftToken, cancellationToken).ConfigureAwait(false) } };
            }

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
        if (opinion is { Level: DangerLevel.Crisis or DangerLevel.Possible })
        {
            // Recorded only when it raised something: a worker's handoff summary lists a turn's reasons, and "none" there is noise.
            plan = WithReason(plan, opinion.Reason);
        }

        if (assistance.Phrasing is { } phrasing && modelToken is { } phrasingToken && IsPlainAnswer(plan, current))
        {
            plan = await PhraseAsync(phrasing, plan, text, phrasingToken, cancellationToken).ConfigureAwait(false);
        }

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
    /// The model's view is only ever added: a crisis or a possible danger joins what the rules found (the decider asks
    /// about a possible danger once per kind, as for the rules' own), and "none" or no answer changes nothing.
    /// </summary>
    private static MessageReading Raised(MessageReading reading, DangerOpinion opinion) => opinion switch
    {
        { Level: DangerLevel.Crisis, Category: { } kind } => reading with { Crisis = [.. reading.Crisis, new CrisisFinding(kind, "second-opinion")] },
        { Level: DangerLevel.Possible, Category: { } kind } => reading with { PossibleDanger = [.. reading.PossibleDanger, new CrisisFinding(kind, "second-opinion")] },
        _ => reading,
    };

    private static async Task<DangerOpinion> AskSecondOpinionAsync(IDangerSecondOpinion secondOpinion, string text, CancellationToken modelToken, CancellationToken cancellationToken)
    {
        var (opinion, failure) = await ModelCall.TryAsync(token => secondOpinion.JudgeAsync(RedactedText.From(text), token), modelToken, cancellationToken).ConfigureAwait(false);
        return opinion ?? DangerOpinion.Unavailable(failure ?? "unreadable");
    }

    /// <summary>Only a plain answer from one article in the conversation's language: never crisis, danger, handoff, clarify or out of scope.</summary>
    private static bool IsPlainAnswer(TriagePlan plan, TriageState state) =>
        plan.Decision.Route == Route.Answer && plan.Article is not null && !plan.ArticleInOtherLanguage && plan.Closing.Count == 0
        && state.DangerAsked.Count == 0 && state.Crisis.Count == 0 && plan.NextState.Crisis.Count == 0;

    /// <summary>The model's phrasing when the guard accepts it; else the plan as it was, so the article's own text is sent.</summary>
    private async Task<TriagePlan> PhraseAsync(IGroundedPhrasing phrasing, TriagePlan plan, string text, CancellationToken modelToken, CancellationToken cancellationToken)
    {
        var article = plan.Article!;
        var request = new PhrasingRequest(RedactedText.From(text), plan.Decision.Language, article.Title, article.Body);
        var (phrased, failure) = await ModelCall.TryAsync(token => phrasing.PhraseAsync(request, token), modelToken, cancellationToken).ConfigureAwait(false);
        if (phrased is null)
        {
            return WithReason(plan, failure is null ? "phrasing:unavailable" : "phrasing:unavailable:" + failure);
        }

        var verdict = guard.Check(phrased, article.Title, article.Body);
        return verdict.IsAccepted
            ? WithReason(plan with { Article = article with { Body = phrased.Trim() } }, "phrasing:used")
            : WithReason(plan, "phrasing:refused:" + verdict.Refusal);
    }

    /// <summary>At most <see cref="WorkerDraftLines"/> lines of at most <see cref="WorkerDraftLength"/> characters, or null: the structured summary stands without it.</summary>
    private static async Task<string?> DraftAsync(IWorkerDraft drafter, HandoffRequest request, CancellationToken modelToken, CancellationToken cancellationToken)
    {
        var words = RedactedText.From(string.Join("\n", request.ResidentWords));
        var (draft, _) = await ModelCall.TryAsync(token => drafter.DraftAsync(words, request.Language, token), modelToken, cancellationToken).ConfigureAwait(false);
        var lines = (draft ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(WorkerDraftLines).ToList();
        var text = string.Join("\n", lines);
        return text.Length == 0 ? null : text.Length <= WorkerDraftLength ? text : text[..WorkerDraftLength] + "…";
    }

    private static TriagePlan WithReason(TriagePlan plan, string reason) =>
        plan with { Decision = plan.Decision with { Reasons = [.. plan.Decision.Reasons, reason] } };

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
