using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Articles;
using KooAssistent.Conversation.Knowledge.Menus;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>The knowledge the triage plans with: articles by id, theme menus and the button labels per language.</summary>
public sealed class TriageContent
{
    private readonly Dictionary<string, Article> articles;

    public TriageContent(KnowledgeBase knowledge, ThemeMenus menus)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        Knowledge = knowledge;
        Menus = menus;
        articles = knowledge.Articles.ToDictionary(article => article.Id, StringComparer.Ordinal);
    }

    public KnowledgeBase Knowledge { get; }

    public ThemeMenus Menus { get; }

    public Article? Find(string id) => articles.GetValueOrDefault(id);

    /// <summary>The article in the given language: an English article is the Dutch id with "-en".</summary>
    public Article? InLanguage(string dutchOrEnglishId, string language)
    {
        var dutchId = dutchOrEnglishId.EndsWith("-en", StringComparison.Ordinal) ? dutchOrEnglishId[..^3] : dutchOrEnglishId;
        return language == "en" ? Find(dutchId + "-en") ?? Find(dutchId) : Find(dutchId);
    }

    public string Label(ReplyKey button, string language) => Knowledge.RepliesFor(language)[button];
}
