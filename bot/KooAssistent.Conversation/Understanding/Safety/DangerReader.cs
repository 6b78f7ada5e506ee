using KooAssistent.Conversation.Understanding.Concepts;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// Reads danger by meaning: repairs misspelt key words, sets everyday idiom aside, finds the concepts of
/// <see cref="DangerLexicon"/> and lets <see cref="DangerRules"/> combine them within a sentence. A message is
/// read on its own and together with the one before it, so danger told in two messages is found too.
/// </summary>
public static class DangerReader
{
    /// <param name="message">The new message.</param>
    /// <param name="earlierMessages">Earlier messages, oldest first.</param>
    public static IReadOnlyList<DangerFinding> Read(string message, IReadOnlyList<string> earlierMessages) =>
        Read(message, earlierMessages, new DangerTurnMemo());

    /// <param name="memo">What this turn has read already; the classifier's votes read the same sentences.</param>
    public static IReadOnlyList<DangerFinding> Read(string message, IReadOnlyList<string> earlierMessages, DangerTurnMemo memo)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(earlierMessages);
        ArgumentNullException.ThrowIfNull(memo);
        var findings = Find(message, memo);
        if (earlierMessages.Count > 0)
        {
            // "ik heb pillen gespaard" then "vanavond neem ik ze allemaal": only what the two show together is new.
            var alone = Find(earlierMessages[^1], memo).Select(finding => finding.Rule).ToHashSet(StringComparer.Ordinal);
            findings.AddRange(Find(earlierMessages[^1] + "\n" + message, memo)
                .Where(finding => !alone.Contains(finding.Rule) && !findings.Exists(found => found.Rule == finding.Rule)));
        }

        return findings;
    }

    /// <summary>
    /// The concepts found in a message and the rules that fired, as words for the trained classifier: it learns how
    /// much each weighs, whatever words expressed it. (Pairs of concepts in a sentence were tried and added nothing.)
    /// </summary>
    /// <summary>Features of concepts in <see cref="DangerConcepts.Bearing"/> start with this.</summary>
    public const string BearingPrefix = "d_";

    public static IReadOnlyList<string> Features(string message) => Features(message, new DangerTurnMemo());

    /// <param name="memo">What this turn has read already: the rules fired on the message are the reader's own.</param>
    public static IReadOnlyList<string> Features(string message, DangerTurnMemo memo)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(memo);
        var reading = memo.Read(message);
        var features = new List<string>();
        foreach (var concept in reading.Hits.Select(hit => hit.Concept).Distinct(StringComparer.Ordinal).Where(concept => !DangerConcepts.RuleOnly.Contains(concept)))
        {
            features.Add((DangerConcepts.Bearing.Contains(concept) ? BearingPrefix : "c_") + concept.Replace('-', '_'));
        }

        foreach (var (rule, _) in reading.Fired)
        {
            features.Add("r_" + rule.Rule.Name.Replace('-', '_'));
        }

        return features;
    }

    private static List<DangerFinding> Find(string message, DangerTurnMemo memo) =>
        [.. memo.Read(message).Fired.Select(fired => new DangerFinding(fired.Rule.Kind, fired.Rule.Certain, fired.Rule.Rule.Name, [.. fired.Matched.Select(hit => hit.Concept).Distinct(StringComparer.Ordinal)]))];

    private static string[] JoinSplitWords(string[] words, bool english)
    {
        if (english)
        {
            return words;
        }

        var joined = new List<string>(words.Length);
        for (var index = 0; index < words.Length; index++)
        {
            if (index + 1 < words.Length && Spelling.Join(words[index], words[index + 1]) is { } whole)
            {
                joined.Add(whole);
                index++;
            }
            else
            {
                joined.Add(words[index]);
            }
        }

        return [.. joined];
    }

    private static readonly ConceptSpelling Spelling = new(DangerLexicon.Vocabulary.KeyWords);

    /// <summary>
    /// Shorthand written out ("kzou", "nie", "lven"), misspelt key words repaired (<see cref="ConceptSpelling"/>),
    /// separable verbs typed in two joined ("aan gerand"), ages beside a person marked (<see cref="AgeMarks"/>), everyday
    /// idiom set aside.
    /// </summary>
    internal static string Prepare(string normalized)
    {
        var words = normalized.Split(' ');
        // The Dutch word list guards against repairing real words; English has no such list, so it is left as typed.
        var english = ConceptText.LooksEnglish(words);
        for (var index = 0; index < words.Length; index++)
        {
            var expanded = ChatShorthand.Expand(words[index], english);
            words[index] = english ? expanded : Spelling.Repair(expanded);
        }

        return CrisisLexicon.Idiom.Replace(string.Join(' ', AgeMarks.Mark(JoinSplitWords(words, english))), " ");
    }
}
