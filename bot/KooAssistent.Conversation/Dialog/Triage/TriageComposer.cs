using System.Text;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>
/// Puts a <see cref="TriagePlan"/> into words: one message, in the conversation's language, so everything the
/// resident needs (help lines first in a crisis) arrives together; the choices become buttons.
/// </summary>
public sealed class TriageComposer(TriageContent content)
{
    public Activity Compose(TriagePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var replies = content.Knowledge.RepliesFor(plan.Decision.Language);
        var paragraphs = new List<string>();
        paragraphs.AddRange(plan.Texts.Select(key => replies[key]));
        if (plan.Article is { } article)
        {
            if (plan.ArticleInOtherLanguage)
            {
                paragraphs.Add(replies[ReplyKey.AnswerInOtherLanguage]);
            }

            paragraphs.Add($"**{article.Title}**\n\n{article.Body}");
        }

        paragraphs.AddRange(plan.Closing.Select(key => replies[key]));
        var text = new StringBuilder().AppendJoin("\n\n", paragraphs).ToString();
        return Activity.Message(text) with
        {
            Locale = Locales.For(plan.Decision.Language),
            InputHint = plan.Choices.Count > 0 ? InputHints.ExpectingInput : InputHints.AcceptingInput,
            SuggestedActions = plan.Choices.Count == 0 ? null : new SuggestedActions([.. plan.Choices.Select(choice => CardAction.ImBack(choice.Title))]),
        };
    }
}
