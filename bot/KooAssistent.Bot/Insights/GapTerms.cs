using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Analysis;
using KooAssistent.Conversation.Knowledge.Search;

namespace KooAssistent.Bot.Insights;

/// <summary>
/// The key that groups similar questions: the words search reads in them (stemmed, typos corrected, small words
/// left out), sorted, so "schulden hulp" and "hulp bij schuld" fall together.
/// </summary>
public sealed class GapTerms(KnowledgeBase knowledge)
{
    private readonly Lazy<KnowledgeIndex> index = new(() => KnowledgeIndex.Build(knowledge));

    public string KeyOf(string redactedText, string language)
    {
        ArgumentNullException.ThrowIfNull(redactedText);
        var query = index.Value.Search(redactedText, language, 1).Query;
        var words = query
            .Where(term => term.Origin is TermOrigin.Word or TermOrigin.Corrected or TermOrigin.SeparableVerb)
            .Select(term => term.Term)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return string.Join(' ', words);
    }
}
