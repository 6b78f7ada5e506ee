using KooAssistent.Conversation.Knowledge.Articles;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>Finds the articles that best answer a message, most likely first, each with a confidence in 0..1.</summary>
public interface IArticleSearch
{
    IReadOnlyList<ArticleMatch> Search(string message, string language, int top);
}
