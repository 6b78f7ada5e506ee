using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Replies;
using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Dialog;

/// <summary>
/// Yes/no questions with buttons, and how a typed or pressed answer to them is read: the button's own title, or one
/// of the short words residents type instead ("ja", "nee bedankt", "ok").
/// </summary>
internal static class ShortAnswers
{
    public static readonly IReadOnlySet<string> Yes = new HashSet<string>(StringComparer.Ordinal)
    {
        "ja", "ja graag", "graag", "goed", "prima", "oke", "ok", "is goed", "dat is goed", "yes", "yes please", "sure", "okay",
    };

    public static readonly IReadOnlySet<string> No = new HashSet<string>(StringComparer.Ordinal)
    {
        "nee", "nee dank je", "nee bedankt", "liever niet", "no", "no thanks", "no thank you",
    };

    /// <param name="answer">The resident's message, already normalised.</param>
    public static bool Matches(string answer, string button, IEnumerable<string> words) =>
        answer == TextNormalizer.Normalize(button) || words.Contains(answer);

    public static Activity Ask(ReplyCatalogue replies, ReplyKey question, string language, params string[] buttons) =>
        Activity.Message(replies[question]) with
        {
            Locale = Locales.For(language),
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions([.. buttons.Select(CardAction.ImBack)]),
        };
}
