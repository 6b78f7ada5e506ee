using KooAssistent.Conversation.Knowledge.Articles;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <param name="QuestionWords">Words of the question that carry a subject, as the search read them (0: not known).</param>
public sealed record ArticleMatch(Article Article, double Confidence, int QuestionWords = 0);
