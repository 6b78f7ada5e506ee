using KooAssistent.Conversation.Knowledge.Analysis;
using KooAssistent.Conversation.Knowledge.Articles;

namespace KooAssistent.Conversation.Knowledge.Search;

/// <summary>
/// The BM25F index of the articles in one language. Built once; immutable afterwards, so searches from many
/// conversations at once need no locks. Per term it stores, for each article, the saturated field-weighted term
/// frequency, so a search only multiplies and adds.
/// </summary>
internal sealed class LanguageIndex
{
    private static readonly ArticleField[] Fields = Enum.GetValues<ArticleField>();

    private readonly Article[] articles;
    private readonly Dictionary<string, Posting[]> postings;
    private readonly Dictionary<string, double> idf;
    private readonly HashSet<string> surfaceWords;
    private readonly TypoCorrector corrector;
    private readonly double unknownTermIdf;
    private readonly Func<string, string> stem;

    public LanguageIndex(string language, IReadOnlyList<Article> articles, SynonymSet synonyms, Func<string, string> stem)
    {
        this.articles = [.. articles];
        this.stem = stem;
        var frequencies = SurfaceFrequencies(language, this.articles);
        surfaceWords = [.. frequencies.Keys];
        corrector = new TypoCorrector(frequencies);
        var knownStems = surfaceWords.Select(stem).ToHashSet(StringComparer.Ordinal);
        Analyzer = new TextAnalyzer(
            language,
            synonyms,
            stem,
            new CompoundSplitter(surfaceWords.Where(word => word.Length >= CompoundSplitter.MinimumPartLength).ToHashSet(StringComparer.Ordinal)),
            new SeparableVerbs(knownStems, stem));

        var fieldTerms = this.articles.Select(article => Fields.Select(field => Count(Analyzer.Analyze(TextOf(article, field)))).ToArray()).ToArray();
        var averageLengths = Fields.Select(field => Math.Max(1, fieldTerms.Average(fields => fields[(int)field].Values.Sum()))).ToArray();

        // Rarity is counted in the fields that say what an article is about. Nearly every body names Koo or the
        // Buurtteam as the next step; that makes neither word common as a subject, and "wat is koo" must still find
        // the article about Koo. A word only bodies use is counted over the bodies.
        var count = Math.Max(1, this.articles.Length);
        var topicFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var bodyFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fields in fieldTerms)
        {
            foreach (var term in Fields.Where(field => field != ArticleField.Body).SelectMany(field => fields[(int)field].Keys).Distinct())
            {
                topicFrequency[term] = topicFrequency.GetValueOrDefault(term) + 1;
            }

            foreach (var term in fields[(int)ArticleField.Body].Keys)
            {
                bodyFrequency[term] = bodyFrequency.GetValueOrDefault(term) + 1;
            }
        }

        idf = topicFrequency.Keys.Union(bodyFrequency.Keys).ToDictionary(
            term => term,
            term => Idf(count, topicFrequency.TryGetValue(term, out var inTopic) ? inTopic : bodyFrequency[term]),
            StringComparer.Ordinal);

        // A body counts a word as much as bodies are rare in using it, against the word's rarity as a subject: "koo"
        // in the closing line of a debt article says nothing about debts.
        var bodyShare = bodyFrequency.ToDictionary(pair => pair.Key, pair => Math.Min(1, Idf(count, pair.Value) / idf[pair.Key]), StringComparer.Ordinal);

        var byTerm = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var document = 0; document < fieldTerms.Length; document++)
        {
            foreach (var term in fieldTerms[document].SelectMany(fields => fields.Keys).Distinct())
            {
                var combined = 0.0;
                var found = new List<ArticleField>();
                foreach (var field in Fields)
                {
                    var terms = fieldTerms[document][(int)field];
                    if (!terms.TryGetValue(term, out var frequency))
                    {
                        continue;
                    }

                    var b = SearchSettings.LengthNormalisation(field);
                    var length = terms.Values.Sum();
                    combined += SearchSettings.Weight(field) * (field == ArticleField.Body ? bodyShare[term] : 1) * frequency / (1 - b + (b * length / averageLengths[(int)field]));
                    found.Add(field);
                }

                if (!byTerm.TryGetValue(term, out var list))
                {
                    byTerm[term] = list = [];
                }

                list.Add(new Posting(document, combined / (SearchSettings.K1 + combined), [.. found]));
            }
        }

        postings = byTerm.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

        // A word the knowledge never uses carries as much information as the rarest word it does use: it lowers
        // coverage, which is how "hoe laat gaat de bus" ends with low confidence.
        unknownTermIdf = Idf(count, 1);
    }

    public TextAnalyzer Analyzer { get; }

    public SearchResult Search(string query, int top)
    {
        // Typo correction is the costly part of a search; a budget per question keeps nonsense as cheap as a question.
        var budget = new CorrectionBudget(CorrectionBudget.PerText);
        var terms = Analyzer.Analyze(query, word => Correct(word, budget));
        var weights = terms.GroupBy(term => term.Term, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Max(term => term.Weight), StringComparer.Ordinal);
        var scores = new double[articles.Length];
        foreach (var (term, weight) in weights)
        {
            if (!postings.TryGetValue(term, out var list))
            {
                continue;
            }

            foreach (var posting in list)
            {
                scores[posting.Document] += weight * idf[term] * posting.Saturation;
            }
        }

        var ranked = Best(scores, top)
            .Select(document => Hit(document, scores[document], terms))
            .ToList();

        // Coverage alone saturates: two articles can both match every word. An article far behind the best one in
        // score is less likely to be meant, so its confidence is held to the best one's in proportion to the score.
        for (var rank = 1; rank < ranked.Count; rank++)
        {
            var relative = ranked[0].Confidence * ranked[rank].Score / ranked[0].Score;
            ranked[rank] = ranked[rank] with { Confidence = Math.Min(ranked[rank].Confidence, relative) };
        }

        return new SearchResult(Analyzer.Language, terms, ranked, budget.Spent);
    }

    private SearchHit Hit(int document, double score, IReadOnlyList<AnalyzedTerm> terms)
    {
        // Coverage per typed word: the best of its terms (itself, a synonym, a compound part), so a word is neither
        // counted twice nor punished for having several readings.
        double information = 0, matched = 0;
        var matches = new List<TermMatch>();
        // Word pairs rank articles that share a phrase higher, but coverage is about the words themselves.
        foreach (var word in terms.Where(term => term.Origin != TermOrigin.Pair).GroupBy(term => term.Source, StringComparer.Ordinal))
        {
            information += word.Max(term => term.Weight * IdfOf(term.Term));
            var best = 0.0;
            foreach (var term in word)
            {
                var posting = Find(term.Term, document);
                if (posting is null)
                {
                    continue;
                }

                var contribution = term.Weight * idf[term.Term] * posting.Value.Saturation;
                best = Math.Max(best, contribution);
                matches.Add(new TermMatch(term.Term, term.Source, term.Origin, posting.Value.Fields, contribution));
            }

            matched += best;
        }

        // A resident's message often wraps the question in a story. Beyond about three rare words' worth of
        // information, more words are context rather than more question to cover, so coverage is measured against
        // at most that much.
        var coverage = information == 0 ? 0 : Math.Min(1, matched / Math.Min(information, SearchSettings.InformationCap));
        // A question of one common word ("brief", "regeling") can be covered in full and still say little.
        var specificity = Math.Min(1, information / SearchSettings.InformationFull);
        var confidence = specificity * Math.Clamp((coverage - SearchSettings.CoverageFloor) / (SearchSettings.CoverageFull - SearchSettings.CoverageFloor), 0, 1);
        return new SearchHit(articles[document], score, coverage, confidence, matches);
    }

    /// <summary>The <paramref name="top"/> best-scoring documents, ties by id; one pass instead of sorting them all.</summary>
    private List<int> Best(double[] scores, int top)
    {
        var best = new List<int>(Math.Max(0, top) + 1);
        for (var document = 0; top > 0 && document < scores.Length; document++)
        {
            if (scores[document] <= 0 || (best.Count == top && !Ahead(document, best[^1], scores)))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && Ahead(document, best[at - 1], scores))
            {
                at--;
            }

            best.Insert(at, document);
            if (best.Count > top)
            {
                best.RemoveAt(top);
            }
        }

        return best;
    }

    private bool Ahead(int document, int other, double[] scores) =>
        scores[document] > scores[other]
        || (scores[document] == scores[other] && string.CompareOrdinal(articles[document].Id, articles[other].Id) < 0);

    private Posting? Find(string term, int document)
    {
        if (!postings.TryGetValue(term, out var list))
        {
            return null;
        }

        // Postings are stored in document order.
        var (low, high) = (0, list.Length - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (list[middle].Document == document)
            {
                return list[middle];
            }

            (low, high) = list[middle].Document < document ? (middle + 1, high) : (low, middle - 1);
        }

        return null;
    }

    private double IdfOf(string term) => idf.TryGetValue(term, out var value) ? value : unknownTermIdf;

    // A word whose stem the knowledge already uses is a form of a known word ("breng" for "brengen"), not a typo.
    private string? Correct(string word, CorrectionBudget budget) =>
        surfaceWords.Contains(word) || postings.ContainsKey(stem(word)) ? null : corrector.Correct(word, budget);

    private static double Idf(int documents, int withTerm) => Math.Log(1 + ((documents - withTerm + 0.5) / (withTerm + 0.5)));

    private static Dictionary<string, double> Count(IReadOnlyList<AnalyzedTerm> terms)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            counts[term.Term] = counts.GetValueOrDefault(term.Term) + term.Weight;
        }

        return counts;
    }

    private static string TextOf(Article article, ArticleField field) => field switch
    {
        ArticleField.Title => article.Title,
        ArticleField.Questions => string.Join(". ", article.Questions),
        ArticleField.Keywords => string.Join(". ", article.Keywords),
        _ => Placeholder.Replace(article.Body, " "),
    };

    // Contact placeholders such as {koo.phone} are in nearly every body; as words they would only add noise.
    private static readonly System.Text.RegularExpressions.Regex Placeholder = new(@"\{[^{}\s]+\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static Dictionary<string, int> SurfaceFrequencies(string language, Article[] articles)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var field in Fields)
            {
                foreach (var word in TextAnalyzer.Words(TextOf(article, field)))
                {
                    if (word.Length >= 3 && !StopWords.IsStopWord(word, language) && !word.Any(char.IsDigit))
                    {
                        frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
                    }
                }
            }
        }

        return frequencies;
    }

    private readonly record struct Posting(int Document, double Saturation, ArticleField[] Fields);
}
