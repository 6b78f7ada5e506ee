namespace KooAssistent.Conversation.Dialog;

/// <summary>
/// A resident's 👍 or 👎 on an answer, for the editors' figures per article.
/// </summary>
/// <param name="ArticleId">The article the resident judged.</param>
/// <param name="Helped">True for 👍.</param>
/// <param name="Question">The resident's message the article answered, as typed: the host redacts it before storing anything.</param>
public sealed record ArticleFeedback(string ArticleId, bool Helped, string Question);
