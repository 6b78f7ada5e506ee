using KooAssistent.Conversation.Understanding.Concepts;

namespace KooAssistent.Conversation.Understanding.Domains;

/// <summary>
/// Finds the life domains (geld, wonen, werk, gezondheid, gezin, relatie, sociaal, veiligheid) and the pressure
/// signals in one message, each with its words, by the concepts of <see cref="DomainLexicon"/>. The triage adds
/// them up over the conversation; this reads one message only.
/// </summary>
public static class LifeDomainDetector
{
    public static DomainReading Read(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = ConceptText.Read(message);
        var hits = DomainLexicon.Vocabulary.Find(text);
        var domains = DomainLexicon.Domains
            .Select(domain => hits.Where(hit => hit.Concept == domain).Select(hit => new DomainEvidence(domain, Words(text, hit))).FirstOrDefault())
            .OfType<DomainEvidence>().ToList();
        var pressure = Pressure.All
            .Select(kind => hits.Where(hit => hit.Concept == kind).Select(hit => new PressureSignal(kind, Words(text, hit))).FirstOrDefault())
            .OfType<PressureSignal>().ToList();
        return new DomainReading(domains, pressure);
    }

    private static string Words(ConceptText text, ConceptHit hit) => string.Join(' ', text.Tokens.Skip(hit.Start).Take(hit.End - hit.Start));
}
