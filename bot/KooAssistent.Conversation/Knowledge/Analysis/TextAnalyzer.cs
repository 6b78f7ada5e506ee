using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>
/// Turns text into search terms, the same way for articles and for questions: normalise, find synonym phrases, drop
/// stop words, correct typos (questions only), stem, and add the parts of compound words. Immutable and thread-safe.
/// </summary>
public sealed class TextAnalyzer(string language, SynonymSet synonyms, Func<string, string> stem, CompoundSplitter compounds, SeparableVerbs? separableVerbs = null)
{
    /// <summary>A compound part weighs less than the word itself: "huurachterstand" is about rent arrears first.</summary>
    public const double CompoundPartWeight = 0.5;

    /// <summary>A corrected word counts, but less than one typed right.</summary>
    public const double CorrectedWeight = 0.8;

    /// <summary>A pair of neighbouring words adds this much on top of its two words.</summary>
    public const double PairWeight = 0.5;

    private static readonly HashSet<string> Fillers = new(
        ["ook", "gewoon", "even", "ff", "eigenlijk", "echt", "wel", "nog", "toch", "al", "misschien", "also", "just", "really", "actually"],
        StringComparer.Ordinal);

    private readonly HashSet<string> everydayJoinedVerbs = CommonWords.EverydayJoinedVerbs.Select(stem).ToHashSet(StringComparer.Ordinal);

    public string Language => language;

    /// <param name="correct">Typo correction for words the index does not know; null for article text.</param>
    public IReadOnlyList<AnalyzedTerm> Analyze(string text, Func<string, string?>? correct = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        var terms = new List<AnalyzedTerm>(words.Count * 2);
        foreach (var (group, start, _) in synonyms.Find(words))
        {
            terms.Add(new AnalyzedTerm(group, 1.0, TermOrigin.Synonym, words[start]));
        }

        // Residents put fillers inside a phrase: "kan ik jullie ook gewoon appen", "ik sta echt rood". Without them the
        // phrase is found as well; a group already found is not added twice.
        var plain = words.Where(word => !Fillers.Contains(word)).ToList();
        if (plain.Count < words.Count)
        {
            foreach (var (group, start, _) in synonyms.Find(plain))
            {
                if (!terms.Exists(term => term.Term == group))
                {
                    terms.Add(new AnalyzedTerm(group, 1.0, TermOrigin.Synonym, plain[start]));
                }
            }
        }

        if (language == "nl" && separableVerbs is not null)
        {
            foreach (var (joined, verb) in separableVerbs.Find(words))
            {
                // "Hoe pak ik dat aan" asks how, not about what: a joined everyday verb counts as lightly as its parts.
                var weight = everydayJoinedVerbs.Contains(joined) || CommonWords.IsCommon(joined, language) ? CommonWords.Weight : 1.0;
                terms.Add(new AnalyzedTerm(joined, weight, TermOrigin.SeparableVerb, verb));
            }
        }

        string? previousStem = null;
        foreach (var word in words)
        {
            // Amounts, ages and dates say how much or when, not what about: "780 euro huur" is about rent.
            if (StopWords.IsStopWord(word, language) || word.Length < 2 || word.All(char.IsDigit))
            {
                continue;
            }

            var written = word;
            var common = CommonWords.IsCommon(word, language);
            var weight = common ? CommonWords.Weight : 1.0;
            var origin = TermOrigin.Word;
            if (!common && correct?.Invoke(word) is { } corrected)
            {
                (written, weight, origin) = (corrected, CorrectedWeight, TermOrigin.Corrected);
                foreach (var (group, _, _) in synonyms.Find([corrected]))
                {
                    terms.Add(new AnalyzedTerm(group, weight, TermOrigin.Synonym, word));
                }
            }

            var stemmed = stem(written);
            terms.Add(new AnalyzedTerm(stemmed, weight, origin, word));
            if (previousStem is not null)
            {
                // A phrase keeps its weight when one of its words is common: "slaapt slecht" says more than "slecht".
                terms.Add(new AnalyzedTerm(previousStem + "_" + stemmed, (origin == TermOrigin.Corrected ? CorrectedWeight : 1.0) * PairWeight, TermOrigin.Pair, word));
            }

            previousStem = stemmed;
            AddCompoundParts(written, weight, word, terms);
        }

        return terms;
    }

    /// <summary>Normalised words; a hyphenated word also counts as its parts ("e-mail", "ex-partner").</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var token in TextNormalizer.Tokenize(text))
        {
            var plain = token.Replace("'", string.Empty, StringComparison.Ordinal);
            if (plain.Contains('-', StringComparison.Ordinal))
            {
                words.Add(plain.Replace("-", string.Empty, StringComparison.Ordinal));
                words.AddRange(plain.Split('-', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                words.Add(plain);
            }
        }

        return words;
    }

    private void AddCompoundParts(string word, double weight, string source, List<AnalyzedTerm> terms)
    {
        if (language != "nl")
        {
            return;
        }

        foreach (var part in compounds.Split(word))
        {
            if (StopWords.IsStopWord(part, language))
            {
                continue;
            }

            terms.Add(new AnalyzedTerm(stem(part), weight * CompoundPartWeight, TermOrigin.CompoundPart, source));
            foreach (var smaller in compounds.Split(part))
            {
                terms.Add(new AnalyzedTerm(stem(smaller), weight * CompoundPartWeight * CompoundPartWeight, TermOrigin.CompoundPart, source));
            }
        }
    }
}
