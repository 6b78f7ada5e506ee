using KooAssistent.Conversation.Dialog.Triage;

namespace KooAssistent.Conversation.Tests.Dialog.Triage;

/// <summary>Search results a test sets per language; everything else finds nothing.</summary>
internal sealed class ScriptedSearch : IArticleSearch
{
    private readonly Dictionary<string, IReadOnlyList<ArticleMatch>> results = new(StringComparer.Ordinal);

    public void Returns(string language, params ArticleMatch[] matches) => results[language] = matches;

    public IReadOnlyList<ArticleMatch> Search(string message, string language, int top) =>
        results.TryGetValue(language, out var matches) ? matches.Take(top).ToList() : [];
}
