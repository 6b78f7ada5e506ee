using KooAssistent.Conversation.Knowledge.Analysis;
using KooAssistent.Conversation.Knowledge.Articles;
using KooAssistent.Conversation.Knowledge.Menus;
using KooAssistent.Conversation.Knowledge.Validation;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Knowledge;

/// <summary>Everything the brain knows, loaded and checked together from one knowledge folder.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, ReplyCatalogue> replies;

    private KnowledgeBase(
        KnowledgeFolder folder,
        OrganisationDirectory organisations,
        Dictionary<string, ReplyCatalogue> replies,
        IReadOnlyList<Article> articles,
        SynonymSet synonyms,
        ThemeMenus menus,
        Knowledge.Areas.BuurtteamAreas areas,
        Summaries.SummaryWords summaryWords,
        Canned.CannedReplies cannedReplies,
        IReadOnlyList<KnowledgeIssue> warnings)
    {
        Folder = folder;
        Organisations = organisations;
        this.replies = replies;
        Articles = articles;
        Synonyms = synonyms;
        Menus = menus;
        Areas = areas;
        SummaryWords = summaryWords;
        CannedReplies = cannedReplies;
        Warnings = warnings;
    }

    public KnowledgeFolder Folder { get; }

    public OrganisationDirectory Organisations { get; }

    /// <summary>The Dutch reply catalogue, the bot's default language.</summary>
    public ReplyCatalogue Replies => replies["nl"];

    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Words residents use for the same thing, for search.</summary>
    public SynonymSet Synonyms { get; }

    /// <summary>The theme buttons offered to a resident who has not said what the question is about.</summary>
    public ThemeMenus Menus { get; }

    /// <summary>The wijken and the Buurtteam each belongs to, for handoffs.</summary>
    public Knowledge.Areas.BuurtteamAreas Areas { get; }

    /// <summary>What a Buurtteam worker reads for the codes in a handoff's summary.</summary>
    public Summaries.SummaryWords SummaryWords { get; }

    /// <summary>The standard replies Buurtteam workers can start a message with (<c>knowledge/canned/</c>).</summary>
    public Canned.CannedReplies CannedReplies { get; }

    /// <summary>Issues that do not stop the bot, such as B1 hints; <c>koo kb check</c> shows them all.</summary>
    public IReadOnlyList<KnowledgeIssue> Warnings { get; }

    /// <summary>The catalogue for a language the bot speaks, else the Dutch one.</summary>
    public ReplyCatalogue RepliesFor(string language) => replies.TryGetValue(language, out var catalogue) ? catalogue : Replies;

    /// <summary>
    /// Loads the folder, refusing content with errors: a wrong phone number or a broken link must not reach a
    /// resident. Review dates are not judged here (that is <c>koo kb check</c>'s job in CI), so an overdue review
    /// never takes the bot down.
    /// </summary>
    /// <exception cref="KnowledgeException">The content has errors; the message lists them with file and line.</exception>
    public static KnowledgeBase Load(KnowledgeFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var report = KnowledgeValidator.Validate(folder, today: null);
        if (report.HasErrors)
        {
            var errors = report.Errors.ToList();
            throw new KnowledgeException(
                $"The knowledge in '{folder.Root}' has {errors.Count} error(s); run 'koo kb check' for all of them:{Environment.NewLine}"
                + string.Join(Environment.NewLine, errors.Take(10)));
        }

        var organisations = OrganisationDirectory.Load(folder);
        return new KnowledgeBase(
            folder,
            organisations,
            ReplyCatalogue.Languages.ToDictionary(language => language, language => ReplyCatalogue.Load(folder, organisations, language), StringComparer.Ordinal),
            report.Articles,
            SynonymSet.Load(folder),
            ThemeMenus.Load(folder, report.Articles),
            Knowledge.Areas.BuurtteamAreas.Load(folder),
            Summaries.SummaryWordsFile.Load(folder),
            Canned.CannedRepliesFile.Load(folder),
            report.Issues.Where(issue => issue.Severity == IssueSeverity.Warning).ToList());
    }
}
