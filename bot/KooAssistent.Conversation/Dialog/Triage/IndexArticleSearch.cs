using KooAssistent.Conversation.Knowledge.Analysis;
using KooAssistent.Conversation.Knowledge.Search;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>The triage's article search, answered by the knowledge index.</summary>
public sealed class IndexArticleSearch(KnowledgeIndex index) : IArticleSearch
{
    public IReadOnlyList<ArticleMatch> Search(string message, string language, int top)
    {
        var result = index.Search(message, language, top);
        // Joined verbs count ("vraag … aan"); pairs and light everyday words do not.
        var words = result.Query
            .Where(term => term.Origin != TermOrigin.Pair && term.Weight > CommonWords.Weight)
            .Select(term => term.Source)
            .ToHashSet(StringComparer.Ordinal);
        return [.. result.Hits.Select(hit => new ArticleMatch(hit.Article, hit.Confidence, words.Count, words.Count(word => !hit.Matches.Any(match => match.Source == word))))];
    }
}
