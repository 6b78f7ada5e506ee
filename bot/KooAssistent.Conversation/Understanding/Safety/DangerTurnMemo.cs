using KooAssistent.Conversation.Understanding.Concepts;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// What one turn has already read for danger: each sentence's words and concepts, and for each whole text the
/// concepts and the rules that fired. The reader and the classifier's votes read the same texts and sentences
/// several times a turn (the message for the rules and for the vote on it, the message before it again together with
/// it, the conversation so far, passage by passage); each is now read once. Made for one turn and dropped with it,
/// so no resident text outlives the turn in memory. Not thread-safe: one turn is read on one thread.
/// </summary>
public sealed class DangerTurnMemo
{
    private readonly ConceptSentenceReader sentences = new(DangerLexicon.Vocabulary, DangerReader.Prepare);
    private readonly Dictionary<string, DangerTextReading> texts = new(StringComparer.Ordinal);

    internal DangerTextReading Read(string message)
    {
        if (texts.TryGetValue(message, out var known))
        {
            return known;
        }

        var (text, hits) = sentences.Read(message);
        var fired = new List<(DangerRule Rule, IReadOnlyList<ConceptHit> Matched)>();
        foreach (var rule in DangerRules.All)
        {
            if (rule.Rule.Match(hits, text) is { } matched)
            {
                fired.Add((rule, matched));
            }
        }

        var reading = new DangerTextReading(hits, fired);
        texts[message] = reading;
        return reading;
    }
}

/// <summary>The concepts found in a text and the rules that fired on it, in the order of <see cref="DangerRules.All"/>.</summary>
internal sealed record DangerTextReading(List<ConceptHit> Hits, List<(DangerRule Rule, IReadOnlyList<ConceptHit> Matched)> Fired);
