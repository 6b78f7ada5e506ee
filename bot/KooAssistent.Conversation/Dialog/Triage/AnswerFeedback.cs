using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>
/// "Heeft dit geholpen?" after a plain answer, with 👍 and 👎, so editors learn which articles help. Never after a
/// crisis, a handoff or an answer with help lines: there the question would be out of place.
/// </summary>
internal static class AnswerFeedback
{
    public static TriagePlan Ask(TriagePlan plan, TriageContent content)
    {
        if (plan.Decision.Route != Route.Answer || plan.Article is null || plan.Closing.Count > 0)
        {
            return plan;
        }

        var language = plan.Decision.Language;
        var thumbs = new[]
        {
            new OfferedChoice(content.Label(ReplyKey.ButtonHelped, language), ChoiceKind.Helped, plan.Article.Id),
            new OfferedChoice(content.Label(ReplyKey.ButtonNotHelped, language), ChoiceKind.NotHelpful, plan.Article.Id),
        };

        // The thumbs take the place of the older "Dit helpt niet" button, after the related articles and before
        // "Iemand spreken", so a resident who wants a person still finds that button last.
        var related = plan.Choices.Where(choice => choice.Kind == ChoiceKind.Article);
        var rest = plan.Choices.Where(choice => choice.Kind is not (ChoiceKind.Article or ChoiceKind.NotHelpful));
        List<OfferedChoice> choices = [.. related, .. thumbs, .. rest];
        return plan with
        {
            Closing = [ReplyKey.FeedbackQuestion],
            Choices = choices,
            NextState = plan.NextState with { Offered = choices },
        };
    }

    /// <summary>
    /// 👍 on the last answer: thanks, and the feedback for the article. The turn itself names no article, so the
    /// figures count the answer once, not again for its thumbs.
    /// </summary>
    public static TriagePlan Helped(TriageContent content, TriageState next, OfferedChoice choice)
    {
        var articleId = choice.ArticleId ?? next.LastArticleId;
        var theme = articleId is null ? string.Empty : content.Find(articleId)?.Theme ?? string.Empty;
        var plan = TriageDecider.Plan(next, Route.Answer, theme, ["feedback:helped"], [ReplyKey.FeedbackThanks]);
        return articleId is null
            ? plan
            : plan with { Feedback = new ArticleFeedback(articleId, true, QuestionBefore(next)) };
    }

    /// <summary>The resident's message before the button just pressed: the question the article answered.</summary>
    public static string QuestionBefore(TriageState next) =>
        next.RecentMessages.Count >= 2 ? next.RecentMessages[^2] : string.Empty;
}
