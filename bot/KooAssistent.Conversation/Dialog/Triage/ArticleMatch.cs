using KooAssistent.Conversation.Knowledge.Articles;

namespace KooAssistent.Conversation.Dialog.Triage;

public sealed record ArticleMatch(Article Article, double Confidence);
