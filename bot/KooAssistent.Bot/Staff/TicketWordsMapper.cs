using KooAssistent.Conversation.Dialog.Handoff;
using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// Puts a handoff's summary into the words a worker reads, from <c>knowledge/data/summary-words.yaml</c>: the codes
/// stay in the summary for scripts, the console shows these. Facts keep the resident's own value ("Bedrag: 3000 euro").
/// </summary>
public static class TicketWordsMapper
{
    public static TicketWordsDto Map(HandoffRequest summary, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(knowledge);
        var words = knowledge.SummaryWords;
        return new TicketWordsDto(
            words.Subject(summary.Domains, summary.Theme),
            words.Theme(summary.Theme),
            words.Reasons(summary.Reasons, id => knowledge.Articles.FirstOrDefault(article => article.Id == id)?.Title),
            [.. summary.Domains.Select(words.Domain)],
            [.. summary.Pressure.Select(words.Pressure)],
            [.. summary.Facts.Select(words.Fact)],
            words.Contact(summary.Contact.ToString()),
            words.Language(summary.Language));
    }

    /// <summary>The one line a queue row shows: life domains, else the theme.</summary>
    public static string Subject(HandoffRequest summary, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(knowledge);
        return knowledge.SummaryWords.Subject(summary.Domains, summary.Theme);
    }
}
