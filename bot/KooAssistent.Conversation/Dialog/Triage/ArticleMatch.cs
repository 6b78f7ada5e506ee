using KooAssistent.Conversation.Knowledge.Articles;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <param name="QuestionWords">Words of the question that carry a subject, as the search read them.</param>
/// <param name="UnmatchedWords">How many of those words this article does not match at all (not even by a synonym or compound part).</param>
public sealed record ArticleMatch(Article Article, double Confidence, int QuestionWords, int UnmatchedWords = 0);
