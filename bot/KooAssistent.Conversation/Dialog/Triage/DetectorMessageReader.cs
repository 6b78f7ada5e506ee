using KooAssistent.Conversation.Understanding.Acts;
using KooAssistent.Conversation.Understanding.Domains;
using KooAssistent.Conversation.Understanding.Language;
using KooAssistent.Conversation.Understanding.Privacy;
using KooAssistent.Conversation.Understanding.Recognizers;
using KooAssistent.Conversation.Understanding.Safety;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>
/// Reads a message with the rule-based detectors: language, crisis, life domains and pressure, dialogue acts and
/// the personal numbers the bot does not want. Every detector is deterministic and explainable, so a decision can
/// always be traced back to the words that caused it.
/// </summary>
public sealed class DetectorMessageReader : IMessageReader
{
    /// <summary>The numbers a resident should not share with a chat bot; other personal data is only redacted.</summary>
    private static readonly EntityKind[] UnwantedNumbers = [EntityKind.Bsn, EntityKind.Iban, EntityKind.CardNumber];

    public MessageReading Read(string message, IReadOnlyList<string> earlierMessages)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(earlierMessages);
        var language = LanguageDetector.Detect(message);
        var safety = CrisisDetector.Read(message, earlierMessages);
        var domains = LifeDomainDetector.Read(message);
        var acts = DialogueActDetector.Read(message, language.Code);
        var personal = PiiRedactor.Redact(message).Found.Where(UnwantedNumbers.Contains).Distinct().Select(kind => kind.ToString().ToUpperInvariant()).ToList();
        return new MessageReading(
            language.Code,
            language.IsConfident,
            [.. safety.Signals.Select(signal => new CrisisFinding(CategoryOf(signal.Concern), signal.Evidence))],
            safety.WriterMayBeChild,
            [.. domains.Domains.Select(evidence => evidence.Domain).Distinct(StringComparer.Ordinal)],
            [.. domains.Pressure.Select(signal => signal.Kind).Distinct(StringComparer.Ordinal)],
            acts.AsksForPerson,
            acts.IsVague,
            acts.IsThanksOrGoodbye,
            acts.SaysNotHelpful,
            acts.IsUnsupportedRequest,
            acts.OutOfScopeTopic,
            personal,
            acts.AsksForErasure,
            acts.OpensWithGreeting);
    }

    private static CrisisCategory CategoryOf(SafetyConcern concern) => concern switch
    {
        SafetyConcern.Suicide => CrisisCategory.Suicide,
        SafetyConcern.Violence => CrisisCategory.Violence,
        SafetyConcern.ChildHarmed => CrisisCategory.ChildHarmed,
        SafetyConcern.SexualViolence => CrisisCategory.SexualViolence,
        _ => CrisisCategory.Medical,
    };
}
