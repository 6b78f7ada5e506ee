using KooAssistent.Conversation.Knowledge.Analysis;
using KooAssistent.Conversation.Knowledge.Articles;
using KooAssistent.Conversation.Knowledge.Menus;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Knowledge.Validation;

/// <summary>
/// Checks the whole knowledge folder the way <c>koo kb check</c> and CI do: the organisations and reply files, every
/// article on its own, and what only shows across articles (duplicate ids, links to articles that do not exist,
/// content past its review date, B1 readability).
/// </summary>
public static class KnowledgeValidator
{
    public const string ArticlesFolder = "articles";

    /// <summary>Content older than this must be checked again before the bot may rely on it.</summary>
    public static readonly TimeSpan ReviewInterval = TimeSpan.FromDays(365);

    /// <summary>Fewer example questions than this is worth a warning: search finds an article by the ways residents ask it.</summary>
    public const int WellCoveredQuestions = 12;

    /// <param name="today">The date to judge review dates by; null skips that check (the running bot does not stop on an old date).</param>
    public static KnowledgeReport Validate(KnowledgeFolder folder, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var issues = new List<KnowledgeIssue>();
        OrganisationDirectory organisations;
        try
        {
            organisations = OrganisationDirectory.Load(folder);
        }
        catch (KnowledgeException exception)
        {
            issues.Add(new KnowledgeIssue(OrganisationDirectory.FileName, 1, IssueSeverity.Error, exception.Message));
            return new KnowledgeReport([], issues);
        }

        foreach (var language in ReplyCatalogue.Languages)
        {
            try
            {
                ReplyCatalogue.Load(folder, organisations, language);
            }
            catch (KnowledgeException exception)
            {
                issues.Add(new KnowledgeIssue($"replies/{language}.yaml", 1, IssueSeverity.Error, exception.Message));
            }
        }

        var articles = ReadArticles(folder, organisations, issues);
        CheckAcrossArticles(articles, issues);
        issues.AddRange(articles.Where(article => article.Questions.Count < WellCoveredQuestions).Select(article => new KnowledgeIssue(
            article.File,
            1,
            IssueSeverity.Warning,
            $"{article.Questions.Count} example questions: write at least {WellCoveredQuestions} in residents' words (short ones, typos, a long story around the question)")));
        CheckData(folder, articles, issues);
        if (today is { } date)
        {
            CheckReviewDates(organisations, articles, date, issues);
        }

        return new KnowledgeReport(articles, issues);
    }

    private static List<Article> ReadArticles(KnowledgeFolder folder, OrganisationDirectory organisations, List<KnowledgeIssue> issues)
    {
        var root = Path.Combine(folder.Root, ArticlesFolder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var articles = new List<Article>();
        foreach (var path in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(folder.Root, path).Replace('\\', '/');
            var (article, found) = ArticleReader.Read(file, File.ReadAllText(path), organisations);
            issues.AddRange(found);
            if (article is not null)
            {
                articles.Add(article);
                if (article.Language == "nl")
                {
                    issues.AddRange(Readability.Check(file, 1, article.Body));
                }
            }
        }

        return articles;
    }

    private static void CheckAcrossArticles(List<Article> articles, List<KnowledgeIssue> issues)
    {
        foreach (var duplicate in articles.GroupBy(article => article.Id).Where(group => group.Count() > 1))
        {
            foreach (var article in duplicate.Skip(1))
            {
                issues.Add(new KnowledgeIssue(article.File, 1, IssueSeverity.Error, $"id '{duplicate.Key}' is also used by {duplicate.First().File}"));
            }
        }

        var byId = articles.GroupBy(article => article.Id).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var related in article.Related)
            {
                if (related == article.Id)
                {
                    issues.Add(new KnowledgeIssue(article.File, 1, IssueSeverity.Error, "an article cannot be related to itself"));
                }
                else if (!byId.ContainsKey(related))
                {
                    issues.Add(new KnowledgeIssue(article.File, 1, IssueSeverity.Error, $"related article '{related}' does not exist"));
                }
            }

            if (article.TranslationOf is { } original
                && (!byId.TryGetValue(original, out var source) || source.Language != "nl"))
            {
                issues.Add(new KnowledgeIssue(article.File, 1, IssueSeverity.Error, $"translationOf '{original}' is not a Dutch article"));
            }
        }
    }

    /// <summary>The data files that refer to articles or feed search: they must load, and the menus must lead to every article.</summary>
    private static void CheckData(KnowledgeFolder folder, List<Article> articles, List<KnowledgeIssue> issues)
    {
        (string File, Action Load)[] files =
        [
            (SynonymSet.FileName, () => SynonymSet.Load(folder)),
            (ThemeMenus.FileName, () => issues.AddRange(ButtonReach.Check(ThemeMenus.Load(folder, articles), articles))),
            (Areas.BuurtteamAreas.FileName, () => Areas.BuurtteamAreas.Load(folder)),
            (Summaries.SummaryWords.FileName, () => Summaries.SummaryWordsFile.Load(folder)),
            (Canned.CannedRepliesFile.FileName("*"), () => Canned.CannedRepliesFile.Load(folder)),
        ];
        foreach (var (file, load) in files)
        {
            try
            {
                load();
            }
            catch (KnowledgeException exception)
            {
                issues.Add(new KnowledgeIssue(file, 1, IssueSeverity.Error, exception.Message));
            }
        }
    }

    private static void CheckReviewDates(OrganisationDirectory organisations, List<Article> articles, DateOnly today, List<KnowledgeIssue> issues)
    {
        var oldest = today.AddDays(-(int)ReviewInterval.TotalDays);
        foreach (var organisation in organisations.All.Where(organisation => organisation.Reviewed < oldest || organisation.Reviewed > today))
        {
            issues.Add(new KnowledgeIssue(OrganisationDirectory.FileName, 1, IssueSeverity.Error, $"organisation '{organisation.Id}' was reviewed {organisation.Reviewed:yyyy-MM-dd}: check its details again (every {ReviewInterval.TotalDays} days) and update 'reviewed'"));
        }

        foreach (var article in articles.Where(article => article.Reviewed < oldest || article.Reviewed > today))
        {
            issues.Add(new KnowledgeIssue(article.File, 1, IssueSeverity.Error, $"reviewed {article.Reviewed:yyyy-MM-dd} is past its review date (or in the future): check the facts again and update 'reviewed'"));
        }
    }
}
