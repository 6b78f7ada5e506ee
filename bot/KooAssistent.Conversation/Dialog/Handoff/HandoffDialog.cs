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
            case { Stage: HandoffStage.AwaitingConsent } draft when Matches(answer, replies[ReplyKey.ButtonConsentYes], ShortAnswers.Yes):
            {
                var next = state with { Handoff = draft with { Stage = HandoffStage.AwaitingPostcode } };
                var question = Ask(replies, ReplyKey.HandoffAskPostcode, state.Language, replies[ReplyKey.ButtonSkip]);
                return Result(question, next, draft, "handoff:consent-given");
            }

            case { Stage: HandoffStage.AwaitingConsent } draft when Matches(answer, replies[ReplyKey.ButtonConsentNo], ShortAnswers.No):
            {
                var next = state with { Handoff = null };
                return Result(Activity.Message(replies[ReplyKey.HandoffDeclined]), next, draft, "handoff:consent-declined");
            }

            case { Stage: HandoffStage.AwaitingPostcode } draft:
            {
                var skipped = Skipped(answer, replies);
                var (postcode, wijk) = skipped ? (null, null) : WhereResidentLives.Read(text);
                if (!skipped && postcode is null && wijk is null)
                {
                    return null;
                }

                var next = draft with { Stage = HandoffStage.AwaitingContact, Postcode = postcode, Wijk = wijk };
                var question = Ask(replies, ReplyKey.HandoffAskContact, state.Language,
                    replies[ReplyKey.ButtonContactChat], replies[ReplyKey.ButtonContactCall], replies[ReplyKey.ButtonContactWhatsApp]);
                return Result(question, state with { Handoff = next }, draft, "handoff:place-given");
            }

            case { Stage: HandoffStage.AwaitingContact } draft:
            {
                ContactPreference? contact =
                    Matches(answer, replies[ReplyKey.ButtonContactCall], ["bellen", "bel me", "bel mij", "telefoon", "call", "phone"]) ? ContactPreference.CallBack
                    : Matches(answer, replies[ReplyKey.ButtonContactWhatsApp], ["whatsapp", "app", "appen"]) ? ContactPreference.WhatsApp
                    : Matches(answer, replies[ReplyKey.ButtonContactChat], ["chat", "hier", "in de chat", "here"]) || Skipped(answer, replies) ? ContactPreference.Chat
                    : null;
                if (contact is not { } chosen)
                {
                    return null;
                }

                var next = draft with { Stage = chosen == ContactPreference.Chat ? HandoffStage.AwaitingName : HandoffStage.AwaitingPhone, Contact = chosen };
                var question = chosen == ContactPreference.Chat
                    ? Ask(replies, ReplyKey.HandoffAskName, state.Language, replies[ReplyKey.ButtonSkip])
                    : Ask(replies, ReplyKey.HandoffAskPhone, state.Language, replies[ReplyKey.ButtonSkip]);
                return Result(question, state with { Handoff = next }, draft, "handoff:contact-" + chosen.ToString().ToLowerInvariant());
            }

            case { Stage: HandoffStage.AwaitingPhone } draft:
            {
                var context = new RecognitionContext(state.Language, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
                var phone = Skipped(answer, replies) ? null : recognizer.Recognize(text, context).FirstOrDefault(entity => entity.Kind == EntityKind.PhoneNumber)?.Text;

                // Without a usable number the worker answers in this chat.
                var next = draft with { Stage = HandoffStage.AwaitingName, Phone = phone, Contact = phone is null ? ContactPreference.Chat : draft.Contact };
                return Result(Ask(replies, ReplyKey.HandoffAskName, state.Language, replies[ReplyKey.ButtonSkip]), state with { Handoff = next }, draft, "handoff:phone");
            }

            case { Stage: HandoffStage.AwaitingName } draft:
            {
                var name = Skipped(answer, replies) ? null : FirstName(text);
                var next = draft with { Stage = HandoffStage.AwaitingUrgency, FirstName = name };
                var question = Ask(replies, ReplyKey.HandoffAskUrgent, state.Language, replies[ReplyKey.ButtonUrgentYes], replies[ReplyKey.ButtonUrgentNo]);
                return Result(question, state with { Handoff = next }, draft, "handoff:name");
            }

            case { Stage: HandoffStage.AwaitingUrgency } draft:
            {
                // A crisis stays a crisis; "today" raises a normal request; anything else keeps what the signals said.
                var urgent = Matches(answer, replies[ReplyKey.ButtonUrgentYes], ["ja", "yes", "dringend", "urgent", "vandaag", "today", "ja dringend"]);
                var urgency = draft.Urgency == HandoffUrgency.Crisis ? HandoffUrgency.Crisis : urgent ? HandoffUrgency.High : draft.Urgency;
                var done = draft with { Stage = HandoffStage.Requested, Urgency = urgency };
                var request = Request(done, state);
                return Result(Activity.Message(Queued(replies, done)), state with { Handoff = done }, draft, "handoff:requested") with { Handoff = request };
            }

            default:
                return null;
        }
    }

    private HandoffRequest Request(HandoffDraft draft, TriageState state)
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
            draft.Postcode,
            draft.Wijk,
            state.Language)
        {
            Contact = draft.Contact,
            Phone = draft.Phone,
            FirstName = draft.FirstName,
        };
    }

    /// <summary>
    /// What happens next, as the resident chose it: a call on the number they gave, or a worker in this chat. (Without
    /// a usable number the call-back became a chat when the number was asked.) The chat names only the number's last
    /// two digits, enough to notice a typing error: the whole number stays out of the transcript a second time.
    /// </summary>
    private static string Queued(ReplyCatalogue replies, HandoffDraft done) =>
        done is { Contact: ContactPreference.CallBack, Phone: { } phone }
            ? replies[ReplyKey.HandoffQueuedCallBack].Replace("{telefoon}", LastDigits(phone), StringComparison.Ordinal)
            : replies[ReplyKey.HandoffQueued];

    private static string LastDigits(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length >= 2 ? digits[^2..] : digits;
    }

    private static bool Skipped(string answer, ReplyCatalogue replies) =>
        Matches(answer, replies[ReplyKey.ButtonSkip], ["overslaan", "sla over", "skip", "nee", "no", "weet ik niet", "liever niet"]);

    /// <summary>"Anna", "ik ben Anna", "mijn naam is anna de vries" → "Anna"; anything longer is not taken as a name.</summary>
    private static string? FirstName(string text)
    {
        var words = TextNormalizer.Tokenize(text).Where(word => word is not ("ik" or "ben" or "heet" or "mijn" or "naam" or "is" or "je" or "mag" or "me" or "noemen" or "i" or "am" or "my" or "name" or "call")).ToList();
        return words.Count is 0 or > 3 || words[0].Any(char.IsDigit) ? null : char.ToUpperInvariant(words[0][0]) + words[0][1..];
    }

    private static TurnResult Result(Activity reply, TriageState next, HandoffDraft draft, string reason) =>
        new([reply], next.Serialize(), new TurnDecision(Route.Handoff, draft.Theme, null, next.Language, 1, [reason, .. draft.Reasons]));

    private static Activity Ask(ReplyCatalogue replies, ReplyKey question, string language, params string[] buttons) =>
        ShortAnswers.Ask(replies, question, language, buttons);

    private static bool Matches(string answer, string button, IEnumerable<string> words) => ShortAnswers.Matches(answer, button, words);
}
