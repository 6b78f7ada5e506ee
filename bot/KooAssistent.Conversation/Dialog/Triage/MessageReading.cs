namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>
/// What the detectors read in one resident message, in the terms the triage needs. Built by
/// <see cref="IMessageReader"/>; the triage itself never looks at raw text, so its rules can be tested on their own.
/// </summary>
/// <param name="Language">nl, en, another ISO code, or "unknown" when the message gives nothing to go on.</param>
/// <param name="Crisis">Crisis kinds found in this message read together with the earlier ones, with evidence.</param>
/// <param name="Domains">Life domains the message touches (geld, wonen, werk, gezondheid, gezin, relatie, sociaal, veiligheid).</param>
/// <param name="Pressure">Pressure signals (eviction, no income, bailiff, child out of school, "ik weet het niet meer"...).</param>
/// <param name="OutOfScopeTopic">A municipal or other non-social-support topic, if that is what the message is about.</param>
/// <param name="PersonalNumbers">Kinds of personal numbers typed (BSN, IBAN), which the bot says it does not need.</param>
/// <param name="AsksForErasure">The resident asks to erase the conversation ("wis mijn gesprek", "delete my data").</param>
/// <param name="OpensWithGreeting">The first word is a greeting: if nothing else in the message is understood, it is an opener, not a question for elsewhere.</param>
/// <param name="PossibleDanger">Danger that is possible but not certain, by kind: the bot asks "Ben je nu in gevaar?".</param>
/// <param name="MultiProblemVote">The trained classifier's probability that the conversation so far is a tangle for a Buurtteam.</param>
/// <param name="ComplainsAboutAnswer">Words that complain about an answer in many ways ("daar schiet ik niks mee op", "weer niet wat ik zoek"); they count only right after the bot answered.</param>
/// <param name="ComplaintIsRepeated">The complaint says the bot missed before ("nog steeds", "weer", "again").</param>
/// <param name="LooksLikeTangle">That probability reaches the threshold chosen on held-out lines (90 % precision there).</param>
/// <param name="LooksLikeOneQuestion">The classifier reads one question, however many life domains it touches (90 % precision held out).</param>
public sealed record MessageReading(
    string Language,
    bool LanguageIsConfident,
    IReadOnlyList<CrisisFinding> Crisis,
    bool WriterMayBeChild,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Pressure,
    bool AsksForPerson,
    bool IsVague,
    bool IsThanksOrGoodbye,
    bool SaysNotHelpful,
    bool IsUnsupportedRequest,
    string? OutOfScopeTopic,
    IReadOnlyList<string> PersonalNumbers,
    bool AsksForErasure = false,
    bool OpensWithGreeting = false,
    IReadOnlyList<CrisisFinding>? PossibleDanger = null,
    double MultiProblemVote = 0,
    bool LooksLikeTangle = false,
    bool LooksLikeOneQuestion = false,
    bool ComplainsAboutAnswer = false,
    bool ComplaintIsRepeated = false)
{
    public IReadOnlyList<CrisisFinding> PossibleDanger { get; init; } = PossibleDanger ?? [];

    public static MessageReading Plain(string language) =>
        new(language, true, [], false, [], [], false, false, false, false, false, null, []);
}
