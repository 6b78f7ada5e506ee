namespace KooAssistent.Conversation.Dialog.Assistance;

/// <summary>What a model may phrase a short answer from: the resident's question (redacted) and one article, nothing else.</summary>
/// <param name="Language"><c>nl</c> or <c>en</c>: the conversation's language, which is the article's.</param>
public sealed record PhrasingRequest(RedactedText Question, string Language, string ArticleTitle, string ArticleBody);
