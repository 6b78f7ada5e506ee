using KooAssistent.Conversation.Knowledge.Articles;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>
/// What the bot will say, before it is put into words: fixed texts from the catalogue, possibly an article, and the
/// buttons. <see cref="TriageComposer"/> renders it in the conversation's language.
/// </summary>
/// <param name="Texts">Catalogue texts in order; an article, when there is one, comes after them.</param>
/// <param name="Article">The article answered.</param>
/// <param name="ArticleInOtherLanguage">True when the article is not in the conversation's language.</param>
/// <param name="Closing">Texts after the article (the crisis reminder).</param>
public sealed record TriagePlan(
    TurnDecision Decision,
    IReadOnlyList<ReplyKey> Texts,
    Article? Article,
    bool ArticleInOtherLanguage,
    IReadOnlyList<ReplyKey> Closing,
    IReadOnlyList<OfferedChoice> Choices,
    TriageState NextState)
{
    /// <summary>The resident's 👍 or 👎 on the previous answer, when this turn is that button.</summary>
    public ArticleFeedback? Feedback { get; init; }
}
