using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog.Triage;
using KooAssistent.Conversation.Replies;
using KooAssistent.Conversation.Understanding.Recognizers;
using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Dialog.Handoff;

/// <summary>
/// The short dialog before a conversation goes to a Buurtteam: consent first (saying what is shared with whom), then
/// the postcode or wijk (skippable), then the request for the host. "No" is respected and gets Koo's number. A
/// message that answers neither question is a new question: the dialog steps aside and the triage reads it.
/// </summary>
public sealed class HandoffDialog(TriageContent content, TimeProvider clock)
{
    private static readonly HashSet<string> Yes = ["ja", "ja graag", "graag", "goed", "prima", "oke", "ok", "is goed", "dat is goed", "yes", "yes please", "sure", "okay"];
    private static readonly HashSet<string> No = ["nee", "nee dank je", "nee bedankt", "liever niet", "no", "no thanks", "no thank you"];
    private static readonly EntityKind[] FactKinds = [EntityKind.Money, EntityKind.Date, EntityKind.Duration, EntityKind.Age, EntityKind.PhoneNumber];
    private readonly EntityRecognizer recognizer = new();

    /// <summary>After the triage chose a handoff: ask for consent, with Yes and No buttons.</summary>
    public (Activity Question, TriageState State) Offer(TriagePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var state = plan.NextState;
        var urgency = state.Crisis.Count > 0 ? HandoffUrgency.Crisis : state.Pressure.Count > 0 ? HandoffUrgency.High : HandoffUrgency.Normal;
        var draft = new HandoffDraft(HandoffStage.AwaitingConsent, urgency, plan.Decision.Theme, plan.Decision.Reasons);
        var replies = content.Knowledge.RepliesFor(state.Language);
        var question = Ask(replies, ReplyKey.HandoffConsent, state.Language, replies[ReplyKey.ButtonConsentYes], replies[ReplyKey.ButtonConsentNo]);
        return (question, state with { Handoff = draft, Offered = [] });
    }

    /// <summary>The resident's answer to a handoff question, or null when the message is something else.</summary>
    public TurnResult? Continue(string text, TriageState state)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(state);
        var replies = content.Knowledge.RepliesFor(state.Language);
        var answer = TextNormalizer.Normalize(text);
        switch (state.Handoff)
        {
            case { Stage: HandoffStage.AwaitingConsent } draft when Matches(answer, replies[ReplyKey.ButtonConsentYes], Yes):
            {
                var next = state with { Handoff = draft with { Stage = HandoffStage.AwaitingPostcode } };
                var question = Ask(replies, ReplyKey.HandoffAskPostcode, state.Language, replies[ReplyKey.ButtonSkip]);
                return Result(question, next, draft, "handoff:consent-given");
            }

            case { Stage: HandoffStage.AwaitingConsent } draft when Matches(answer, replies[ReplyKey.ButtonConsentNo], No):
            {
                var next = state with { Handoff = null };
                return Result(Activity.Message(replies[ReplyKey.HandoffDeclined]), next, draft, "handoff:consent-declined");
            }

            case { Stage: HandoffStage.AwaitingPostcode } draft:
            {
                var skipped = Matches(answer, replies[ReplyKey.ButtonSkip], ["overslaan", "skip", "nee", "no", "weet ik niet"]);
                var (postcode, wijk) = skipped ? (null, null) : WhereResidentLives.Read(text);
                if (!skipped && postcode is null && wijk is null)
                {
                    return null;
                }

                var next = state with { Handoff = draft with { Stage = HandoffStage.Requested } };
                var request = Request(draft, state, postcode, wijk);
                return Result(Activity.Message(replies[ReplyKey.HandoffQueued]), next, draft, "handoff:requested") with { Handoff = request };
            }

            default:
                return null;
        }
    }

    private HandoffRequest Request(HandoffDraft draft, TriageState state, string? postcode, string? wijk)
    {
        var context = new RecognitionContext(state.Language, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var facts = state.RecentMessages
            .SelectMany(message => recognizer.Recognize(message, context))
            .Where(entity => FactKinds.Contains(entity.Kind))
            .Select(entity => $"{entity.Kind}: {entity.Text}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new HandoffRequest(
            draft.Theme,
            draft.Urgency,
            draft.Reasons,
            state.Domains,
            state.Pressure,
            state.RecentMessages,
            facts,
            state.LastArticleId,
            postcode,
            wijk,
            state.Language);
    }

    private static TurnResult Result(Activity reply, TriageState next, HandoffDraft draft, string reason) =>
        new([reply], next.Serialize(), new TurnDecision(Route.Handoff, draft.Theme, null, next.Language, 1, [reason, .. draft.Reasons]));

    private static Activity Ask(ReplyCatalogue replies, ReplyKey question, string language, params string[] buttons) =>
        Activity.Message(replies[question]) with
        {
            Locale = language == "en" ? "en-GB" : "nl-NL",
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions([.. buttons.Select(CardAction.ImBack)]),
        };

    private static bool Matches(string answer, string button, IEnumerable<string> words) =>
        answer == TextNormalizer.Normalize(button) || words.Contains(answer);
}
