using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// The crisis safety net: finds suicidal thoughts, self-harm, violence, a child being hurt, sexual violence and
/// acute medical danger, in Dutch and English (and the commonest phrases in Polish, Turkish and Arabic), with the
/// words as evidence. Everyday idiom ("ik ga dood van het lachen", "mijn telefoon is dood") is set aside first.
/// Deterministic and rule-based on purpose: an LLM never decides whether someone is in danger.
/// </summary>
public static class CrisisDetector
{
    /// <summary>Very long input is read in full up to this length; danger is stated early, and this keeps every turn fast.</summary>
    private const int MaxCharacters = 20_000;

    /// <param name="message">The new message.</param>
    /// <param name="earlierMessages">Earlier messages, oldest first: a signal split over the last one and this one counts too.</param>
    public static SafetyReading Read(string message, IReadOnlyList<string> earlierMessages)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(earlierMessages);
        var text = Prepare(message);
        var signals = Find(text);
        var child = CrisisLexicon.ChildWriter.IsMatch(text);
        if (earlierMessages.Count > 0)
        {
            // "ik heb pillen gespaard" then "vanavond neem ik ze allemaal": only what the two show together is new.
            var previous = Prepare(earlierMessages[^1]);
            var alone = Find(previous).Select(signal => signal.Concern).ToHashSet();
            signals.AddRange(Find(previous + " " + text).Where(signal => !alone.Contains(signal.Concern) && !signals.Exists(found => found.Concern == signal.Concern)));
            child |= earlierMessages.Any(earlier => CrisisLexicon.ChildWriter.IsMatch(Prepare(earlier)));
        }

        return new SafetyReading(signals, child);
    }

    private static string Prepare(string message)
    {
        var normalized = TextNormalizer.Normalize(message.Length > MaxCharacters ? message[..MaxCharacters] : message);
        return CrisisLexicon.Idiom.Replace(CrisisSpelling.Repair(normalized), " ");
    }

    private static List<SafetySignal> Find(string text)
    {
        var signals = new List<SafetySignal>();
        foreach (var (concern, pattern) in CrisisLexicon.Patterns)
        {
            if (signals.Exists(signal => signal.Concern == concern))
            {
                continue;
            }

            var match = pattern.Match(text);
            if (match.Success)
            {
                signals.Add(new SafetySignal(concern, match.Value.Trim()));
            }
        }

        return signals;
    }
}
