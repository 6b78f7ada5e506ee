using KooAssistent.Conversation.Knowledge.Analysis;
using KooAssistent.Conversation.Knowledge.Articles;

namespace KooAssistent.Conversation.Knowledge.Search;

/// <summary>
/// Finds the article that answers a resident's question: BM25F over title, example questions, keywords and body,
/// with Dutch stemming, compound splitting, synonyms and typo tolerance, per language. Built once at start from the
/// knowledge base; immutable and thread-safe.
/// </summary>
public sealed class KnowledgeIndex
{
    private readonly Dictionary<string, LanguageIndex> languages;

    private KnowledgeIndex(Dictionary<string, LanguageIndex> languages) => this.languages = languages;

    public IReadOnlyCollection<string> Languages => languages.Keys;

    /// <summary>The index of a loaded knowledge base, with its synonyms and the stemmer of each language.</summary>
    public static KnowledgeIndex Build(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return Build(knowledge.Articles, knowledge.Synonyms, Stemmers.For);
    }

    public static KnowledgeIndex Build(IReadOnlyList<Article> articles, SynonymSet synonyms, Func<string, Func<string, string>> stemmerFor)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(synonyms);
        ArgumentNullException.ThrowIfNull(stemmerFor);
        var languages = articles.GroupBy(article => article.Language, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => new LanguageIndex(group.Key, [.. group], synonyms, stemmerFor(group.Key)), StringComparer.Ordinal);
        return new KnowledgeIndex(languages);
    }

    /// <summary>The best articles in <paramref name="language"/>; no hits when the index has no articles in it.</summary>
    public SearchResult Search(string query, string language, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        return languages.TryGetValue(language, out var index)
            ? index.Search(query, top)
            : new SearchResult(language, [], []);
    }
}
