using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Understanding.Acts;

/// <summary>
/// Finds the dialogue acts of a message with phrase patterns over normalised text, so each finding can be traced
/// to the words that caused it. Topic words of social support ("toeslag", "kwijtschelding", "schulden") keep a
/// message in scope: "kwijtschelding afvalstoffenheffing" is a money question, not a waste question.
/// </summary>
public static class DialogueActDetector
{
    private const int MaxCharacters = 4_000;

    /// <summary>Beginnings of words that keep a message in scope ("schulden", "toeslagen", "kinderen").</summary>
    private static readonly string[] SocialSupportStems =
    [
        "schuld", "toeslag", "kwijtschel", "bijstand", "uitkering", "huur", "rekening", "deurwaard", "exploot", "incasso", "betal",
        "voedselbank", "kind", "zoon", "dochter", "opvoed", "scheid", "eenzaam", "buurtteam", "debt", "lonely",
    ];

    /// <summary>Short words that keep a message in scope only as themselves: "ex" is not "expires", "koo" not "kopen", "geld" not "geldig".</summary>
    private static readonly HashSet<string> SocialSupportWords = new(StringComparer.Ordinal) { "geld", "ex", "alleen", "koo", "rent", "money" };

    public static DialogueActs Read(string message, string language)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = TextNormalizer.Normalize(message.Length > MaxCharacters ? message[..MaxCharacters] : message);
        var rulesOutPerson = ActLexicon.NotAPersonRequest.IsMatch(text);
        var asksForPerson = ActLexicon.PersonRequest.IsMatch(text) && !rulesOutPerson;
        var words = TextNormalizer.Tokenize(text);
        var isVague = text.Length == 0 ? message.Trim().Length > 0 : ActLexicon.Greeting.IsMatch(text) || words.All(ActLexicon.Filler.Contains);
        var inScope = words.Any(word => SocialSupportWords.Contains(word) || SocialSupportStems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal)));
        string? topic = null;
        if (!inScope)
        {
            foreach (var (name, pattern) in ActLexicon.OutOfScope)
            {
                if (pattern.IsMatch(text))
                {
                    topic = name;
                    break;
                }
            }
        }

        return new DialogueActs(
            asksForPerson,
            isVague && !asksForPerson,
            ActLexicon.Thanks.IsMatch(text),
            ActLexicon.NotHelpful.IsMatch(text),
            ActLexicon.Unsupported.IsMatch(text) || ActLexicon.RoleOrWritingRequest.IsMatch(text),
            topic,
            ActLexicon.ErasureRequest.IsMatch(text),
            ActLexicon.GreetingFirst.IsMatch(text),
            rulesOutPerson,
            ActLexicon.ComplaintAboutAnswer.IsMatch(text),
            ActLexicon.RepeatedComplaint.IsMatch(text));
    }
}
