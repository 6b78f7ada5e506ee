using KooAssistent.Conversation.Knowledge.Articles;
using KooAssistent.Conversation.Knowledge.Menus;

namespace KooAssistent.Conversation.Knowledge.Validation;

/// <summary>
/// Residents who do not type find articles by buttons: a theme's menu, then the related articles under each answer
/// (the first <see cref="Article.RelatedShown"/> of its list). An article no chain of buttons leads to can only be
/// found by typing the right words, so the check names it. The
/// English menu offers the English versions of the Dutch menu's articles, and English answers offer their own related
/// articles, so each language is walked on its own.
/// </summary>
public static class ButtonReach
{
    public static IEnumerable<KnowledgeIssue> Check(ThemeMenus menus, IReadOnlyCollection<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(menus);
        ArgumentNullException.ThrowIfNull(articles);
        var byId = articles.DistinctBy(article => article.Id, StringComparer.Ordinal).ToDictionary(article => article.Id, StringComparer.Ordinal);
        var translations = articles.Where(article => article.TranslationOf is not null)
            .DistinctBy(article => article.TranslationOf, StringComparer.Ordinal)
            .ToDictionary(article => article.TranslationOf!, article => article.Id, StringComparer.Ordinal);
        var offered = menus.Themes.SelectMany(menu => menu.ArticleIds).ToList();
        var starts = offered.Concat(offered.Where(translations.ContainsKey).Select(id => translations[id]));
        var reached = Walk(starts, byId);
        return articles.Where(article => !reached.Contains(article.Id)).Select(article => new KnowledgeIssue(
            article.File,
            1,
            IssueSeverity.Warning,
            $"no button leads here: put '{article.Id}' among the first {Article.RelatedShown} of 'related' of an article of its theme that buttons reach (or in its theme's menu in {ThemeMenus.FileName})"));
    }

    private static HashSet<string> Walk(IEnumerable<string> starts, Dictionary<string, Article> byId)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var waiting = new Stack<string>(starts);
        while (waiting.TryPop(out var id))
        {
            if (byId.TryGetValue(id, out var article) && reached.Add(id))
            {
                foreach (var related in article.Related.Take(Article.RelatedShown))
                {
                    waiting.Push(related);
                }
            }
        }

        return reached;
    }
}
