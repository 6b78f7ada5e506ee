using System.Collections.Frozen;

namespace KooAssistent.Conversation.Understanding.Concepts;

/// <summary>
/// Every form of a set of concepts, indexed by its first word, so finding all concepts in a message costs one
/// dictionary look-up per word plus a short scan of the prefix forms. Immutable and thread-safe.
/// </summary>
public sealed class ConceptVocabulary
{
    /// <summary>The most filler words skipped inside one form.</summary>
    private const int MaxFillers = 2;

    /// <summary>Words residents put anywhere for emphasis or softening; they do not change what a phrase means.</summary>
    private static readonly FrozenSet<string> Fillers = new[]
    {
        "echt", "gewoon", "gwn", "wel", "toch", "eigenlijk", "even", "ff", "nog", "al", "helemaal", "heel", "zo", "nou", "soms", "ook",
        "bijna", "net", "nu", "dus", "allemaal", "waarschijnlijk", "misschien", "wellicht", "eens", "wil", "wilde", "moet", "moest", "moeten", "gaat", "zal", "zou", "ga", "maar", "weer", "steeds", "vaak", "gwoon", "egt", "really", "just", "so", "totally",
        "literally", "kinda", "honestly", "seriously", "tbh", "actually", "still", "almost", "now", "very", "pretty",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, ConceptForm[]> byFirstWord;
    private readonly ConceptForm[] prefixFirst;
    private readonly FrozenSet<string> claiming;

    /// <param name="claiming">
    /// Concepts whose words mean nothing else: an idiom ("this rent is killing me") or death as a noun ("de dood van
    /// mijn vader") takes its words away from every other concept that shares one of them, so no rule can read
    /// "killing" or "dood" in it.
    /// </param>
    public ConceptVocabulary(IEnumerable<ConceptForm> forms, IEnumerable<string>? claiming = null)
    {
        ArgumentNullException.ThrowIfNull(forms);
        this.claiming = (claiming ?? []).ToFrozenSet(StringComparer.Ordinal);
        var all = forms.ToList();
        byFirstWord = all.Where(form => !form.StartsWithPattern)
            .GroupBy(form => form.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        prefixFirst = [.. all.Where(form => form.StartsWithPattern)];
        KeyWords = [.. all.SelectMany(form => form.Words).Where(word => word[^1] != '*' && word[0] != '*').Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The whole words the forms are made of, for spelling repair towards them.</summary>
    public IReadOnlyList<string> KeyWords { get; }

    /// <summary>All forms found in the text; overlapping forms of different concepts are all kept.</summary>
    public List<ConceptHit> Find(ConceptText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hits = new List<ConceptHit>();
        var tokens = text.Tokens;
        for (var start = 0; start < tokens.Count; start++)
        {
            if (byFirstWord.TryGetValue(tokens[start], out var forms))
            {
                AddMatches(forms, text, start, hits);
            }

            AddMatches(prefixFirst, text, start, hits);
        }

        if (claiming.Count == 0)
        {
            return hits;
        }

        var claimed = hits.Where(hit => claiming.Contains(hit.Concept)).ToList();
        hits.RemoveAll(hit => !claiming.Contains(hit.Concept) && claimed.Exists(claim => hit.Start < claim.End && claim.Start < hit.End));
        return hits;
    }

    /// <summary>
    /// Where the form ends when it starts at <paramref name="start"/>, or null. Between the words of a form, up to
    /// <see cref="MaxFillers"/> filler words may stand ("ik wil echt niet meer leven", "kan bijna niet ademen").
    /// </summary>
    private static int? MatchEnd(ConceptForm form, ConceptText text, int start, int sentence)
    {
        var position = start;
        var skipped = 0;
        for (var word = 0; word < form.Words.Count; word++)
        {
            while (true)
            {
                if (position >= text.Tokens.Count || text.SentenceOf[position] != sentence)
                {
                    return null;
                }

                if (form.Matches(word, text.Tokens[position]))
                {
                    break;
                }

                if (word == 0 || skipped == MaxFillers || !Fillers.Contains(text.Tokens[position]))
                {
                    return null;
                }

                skipped++;
                position++;
            }

            position++;
        }

        return position;
    }

    private static void AddMatches(ConceptForm[] forms, ConceptText text, int start, List<ConceptHit> hits)
    {
        var sentence = text.SentenceOf[start];
        foreach (var form in forms)
        {
            if (form.English && form.Words.Count == 1 && !text.SentenceIsEnglish[sentence])
            {
                continue;
            }

            if (MatchEnd(form, text, start, sentence) is { } matchEnd && !hits.Contains(new ConceptHit(form.Concept, start, matchEnd, sentence)))
            {
                hits.Add(new ConceptHit(form.Concept, start, matchEnd, sentence));
            }
        }
    }
}
