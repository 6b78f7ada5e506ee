using KooAssistent.Conversation.Knowledge.Analysis;
using KooAssistent.Conversation.Dialog.Triage;

namespace KooAssistent.Conversation.Tests.Dialog.Triage;

/// <summary>Search results a test sets per language; everything else finds nothing.</summary>
internal sealed class ScriptedSearch : IArticleSearch
{
    private readonly Dictionary<string, IReadOnlyList<ArticleMatch>> results = new(StringComparer.Ordinal);

    public void Returns(string language, params ArticleMatch[] matches) => results[language] = matches;

    /// <summary>The scripted matches, with the message's subject words counted the way the real search reports them.</summary>
    public IReadOnlyList<ArticleMatch> Search(string message, string language, int top)
    {
        var words = TextAnalyzer.Words(message)
            .Where(word => !word.All(char.IsDigit) && !StopWords.IsStopWord(word, language) && !CommonWords.IsCommon(word, language))
            .Distinct(StringComparer.Ordinal)
            .Count();
        return results.TryGetValue(language, out var matches) ? [.. matches.Take(top).Select(match => match with { QuestionWords = words })] : [];
    }
}
