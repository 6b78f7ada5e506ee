using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog.Triage;
using KooAssistent.Conversation.Knowledge.Articles;
using KooAssistent.Conversation.Replies;
using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Dialog;

/// <summary>
/// Erasure at the resident's request (AVG art. 17): the bot says what erasing removes and asks once more, because it
/// cannot be undone. "Yes" hands the host <see cref="ErasureStep.Confirmed"/> with a fresh state that remembers
/// nothing but the language; "no" keeps everything; anything else is a new message for the triage.
/// </summary>
public sealed class ErasureDialog(TriageContent content)
{
    public TurnResult Offer(TriageState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var replies = content.Knowledge.RepliesFor(state.Language);
        var question = ShortAnswers.Ask(replies, ReplyKey.ErasureConfirm, state.Language, replies[ReplyKey.ButtonEraseYes], replies[ReplyKey.ButtonEraseNo]);
        var next = state with { ErasureAsked = true, Offered = [] };
        return new TurnResult([question], next.Serialize(), Decision(Route.Clarify, state.Language, "privacy:erasure-asked"), Erasure: ErasureStep.Asked);
    }

    /// <summary>The answer to the erasure question, or null when the message is about something else.</summary>
    public TurnResult? Continue(string text, TriageState state)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(state);
        var replies = content.Knowledge.RepliesFor(state.Language);
        var answer = TextNormalizer.Normalize(text);
        if (ShortAnswers.Matches(answer, replies[ReplyKey.ButtonEraseYes], [.. ShortAnswers.Yes, "ja wis", "ja wissen", "wis maar", "wissen", "yes erase", "erase"]))
        {
            return new TurnResult([Reply(replies, ReplyKey.Erased, state.Language)], state.Forgotten().Serialize(), Decision(Route.Answer, state.Language, "privacy:erased"), Erasure: ErasureStep.Confirmed);
        }

        if (ShortAnswers.Matches(answer, replies[ReplyKey.ButtonEraseNo], [.. ShortAnswers.No, "bewaren", "niet wissen", "keep", "keep it"]))
        {
            var kept = state with { ErasureAsked = false };
            return new TurnResult([Reply(replies, ReplyKey.ErasureDeclined, state.Language)], kept.Serialize(), Decision(Route.Answer, state.Language, "privacy:erasure-declined"), Erasure: ErasureStep.Declined);
        }

        return null;
    }

    private static Activity Reply(ReplyCatalogue replies, ReplyKey key, string language) =>
        Activity.Message(replies[key]) with { Locale = Locales.For(language) };

    private static TurnDecision Decision(Route route, string language, string reason) =>
        new(route, Themes.Algemeen, ArticleId: null, language, Confidence: 1.0, [reason]);
}
