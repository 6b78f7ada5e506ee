using KooAssistent.Conversation.Knowledge.Articles;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <param name="QuestionWords">Words of the question that carry a subject, as the search read them.</param>
public sealed record ArticleMatch(Article Article, double Confidence, int QuestionWords);
