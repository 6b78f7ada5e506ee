using KooAssistent.Conversation.Knowledge.Search;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>The triage's article search, answered by the knowledge index.</summary>
public sealed class IndexArticleSearch(KnowledgeIndex index) : IArticleSearch
{
    public IReadOnlyList<ArticleMatch> Search(string message, string language, int top) =>
        [.. index.Search(message, language, top).Hits.Select(hit => new ArticleMatch(hit.Article, hit.Confidence))];
}
