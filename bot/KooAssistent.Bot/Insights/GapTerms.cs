using KooAssistent.Conversation.Knowledge.Analysis;
using KooAssistent.Conversation.Knowledge.Search;

namespace KooAssistent.Bot.Insights;

/// <summary>
/// The key that groups similar questions: the words search reads in them (stemmed, typos corrected, small words
/// left out), sorted, so "schulden hulp" and "hulp bij schuld" fall together.
/// </summary>
/// <remarks>Reads with the brain's own index (one per process), so a gap is grouped by the words search saw.</remarks>
public sealed class GapTerms(KnowledgeIndex index)
{
    public string KeyOf(string redactedText, string language)
    {
        ArgumentNullException.ThrowIfNull(redactedText);
        var query = index.Search(redactedText, language, 1).Query;
        var words = query
            .Where(term => term.Origin is TermOrigin.Word or TermOrigin.Corrected or TermOrigin.SeparableVerb)
            .Select(term => term.Term)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return string.Join(' ', words);
    }
}
