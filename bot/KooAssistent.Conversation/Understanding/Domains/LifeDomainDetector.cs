using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Understanding.Domains;

/// <summary>
/// Finds the life domains (geld, wonen, werk, gezondheid, gezin, relatie, sociaal, veiligheid) and the pressure
/// signals in one message, each with its words. The triage adds them up over the conversation; this reads one
/// message only.
/// </summary>
public static class LifeDomainDetector
{
    private const int MaxCharacters = 4_000;

    public static DomainReading Read(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = TextNormalizer.Normalize(message.Length > MaxCharacters ? message[..MaxCharacters] : message);
        foreach (var (pattern, replacement) in DomainLexicon.Rewrites)
        {
            text = pattern.Replace(text, replacement);
        }

        var domains = new List<DomainEvidence>();
        foreach (var (domain, pattern) in DomainLexicon.Domains)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                domains.Add(new DomainEvidence(domain, match.Value));
            }
        }

        var pressure = new List<PressureSignal>();
        foreach (var (kind, pattern) in DomainLexicon.Pressure)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                pressure.Add(new PressureSignal(kind, match.Value));
            }
        }

        return new DomainReading(domains, pressure);
    }
}
