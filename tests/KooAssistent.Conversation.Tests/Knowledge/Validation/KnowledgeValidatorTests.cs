using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Validation;
using KooAssistent.Conversation.Tests.Knowledge.Articles;

namespace KooAssistent.Conversation.Tests.Knowledge.Validation;

public sealed class KnowledgeValidatorTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private readonly TestKnowledge knowledge = new(TestKnowledge.Organisations, TestKnowledge.ValidReplies);

    [Fact]
    public void A_clean_folder_has_no_errors_and_its_articles_are_usable()
    {
        knowledge.AddArticle("nl/geld/geld-schulden-eerste-stappen.md", ArticleText.Valid);

        var report = KnowledgeValidator.Validate(knowledge.Folder, Today);

        Assert.False(report.HasErrors, string.Join("\n", report.Issues));
        Assert.Single(report.Articles);
    }

    [Fact]
    public void The_same_id_in_two_folders_is_an_error()
    {
        knowledge.AddArticle("nl/geld/geld-schulden-eerste-stappen.md", ArticleText.Valid);
        knowledge.AddArticle("nl/algemeen/geld-schulden-eerste-stappen.md", ArticleText.Valid);

        var report = KnowledgeValidator.Validate(knowledge.Folder, Today);

        Assert.Contains(report.Errors, issue => issue.Message.Contains("is also used by", StringComparison.Ordinal));
    }

    [Fact]
    public void A_related_article_that_does_not_exist_is_an_error()
    {
        knowledge.AddArticle("nl/geld/geld-schulden-eerste-stappen.md", ArticleText.With("related: []", "related: [geld-bestaat-niet]"));

        var report = KnowledgeValidator.Validate(knowledge.Folder, Today);

        Assert.Contains(report.Errors, issue => issue.Message.Contains("'geld-bestaat-niet' does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void An_English_translation_must_point_at_a_Dutch_article()
    {
        knowledge.AddArticle("nl/geld/geld-schulden-eerste-stappen.md", ArticleText.Valid);
        knowledge.AddArticle("en/geld/en-debts.md", ArticleText.With("id: geld-schulden-eerste-stappen", "id: en-debts").Replace("language: nl", "language: en\ntranslationOf: geld-onbekend", StringComparison.Ordinal));

        var report = KnowledgeValidator.Validate(knowledge.Folder, Today);

        Assert.Contains(report.Errors, issue => issue.Message.Contains("translationOf 'geld-onbekend'", StringComparison.Ordinal));
    }

    [Fact]
    public void Content_not_reviewed_for_more_than_a_year_fails_the_check_but_not_the_bot()
    {
        knowledge.AddArticle("nl/geld/geld-schulden-eerste-stappen.md", ArticleText.With("reviewed: 2026-11-01", "reviewed: 2025-10-01"));

        var checkedToday = KnowledgeValidator.Validate(knowledge.Folder, Today);
        var atStart = KnowledgeValidator.Validate(knowledge.Folder, today: null);

        Assert.Contains(checkedToday.Errors, issue => issue.Message.Contains("past its review date", StringComparison.Ordinal));
        Assert.False(atStart.HasErrors);
    }

    [Fact]
    public void Long_sentences_are_flagged_as_not_B1()
    {
        var longSentence = "Als je schulden hebt en je weet niet goed waar je moet beginnen omdat er zoveel brieven binnenkomen van verschillende instanties die allemaal iets anders willen dan kun je het beste eerst alles op een rij zetten.";
        knowledge.AddArticle("nl/geld/geld-schulden-eerste-stappen.md", ArticleText.With("Schulden los je niet in een keer op.", longSentence));

        var report = KnowledgeValidator.Validate(knowledge.Folder, Today);

        Assert.Contains(report.Errors, issue => issue.Message.Contains("not B1", StringComparison.Ordinal));
    }

    [Fact]
    public void Loading_the_knowledge_base_refuses_content_with_errors_and_names_the_file()
    {
        knowledge.AddArticle("nl/geld/geld-schulden-eerste-stappen.md", ArticleText.With("contacts: [koo]", "contacts: [onbekend]"));

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeBase.Load(knowledge.Folder));

        Assert.Contains("articles/nl/geld/geld-schulden-eerste-stappen.md:11", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_knowledge_passes_the_check()
    {
        var report = KnowledgeValidator.Validate(TestKnowledge.Real, DateOnly.FromDateTime(DateTime.UtcNow));

        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
    }

    [Theory]
    [InlineData("groups:\n  - [schulden, debts]\n  - [geld, schulden]\n", "is in group 2 and in the group of 'schulden'")]
    [InlineData("groups:\n  - [huur, een heel lange zin hier]\n", "is longer than")]
    [InlineData("groups:\n  - [alleen]\n", "needs at least two")]
    [InlineData("groups: [[", "data/synonyms.yaml")]
    public void A_broken_synonyms_file_is_an_error(string yaml, string expected)
    {
        File.WriteAllText(Path.Combine(knowledge.Root, "data", "synonyms.yaml"), yaml);

        var report = KnowledgeValidator.Validate(knowledge.Folder, Today);

        Assert.Contains(report.Errors, issue => issue.File == "data/synonyms.yaml" && issue.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_wijk_naming_a_buurtteam_that_is_not_defined_is_an_error()
    {
        File.WriteAllText(Path.Combine(knowledge.Root, "data", "wijken.yaml"), "buurtteams:\n  - { id: noord, name: Buurtteam Noord }\nwijken:\n  - { name: West, buurtteam: west }\n");

        var report = KnowledgeValidator.Validate(knowledge.Folder, Today);

        Assert.Contains(report.Errors, issue => issue.File == "data/wijken.yaml" && issue.Message.Contains("'West'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_menu_naming_an_article_that_does_not_exist_is_an_error()
    {
        File.WriteAllText(Path.Combine(knowledge.Root, "data", "themes.yaml"), "themes:\n  - id: geld\n    label: Geld\n    labelEn: Money\n    articles: [geld-bestaat-niet]\n");

        var report = KnowledgeValidator.Validate(knowledge.Folder, Today);

        Assert.Contains(report.Errors, issue => issue.File == "data/themes.yaml" && issue.Message.Contains("geld-bestaat-niet", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_no_button_leads_to_is_named_and_one_a_menu_or_a_shown_related_article_leads_to_is_not()
    {
        // An answer shows the first two related articles as buttons; the third in the list has none.
        knowledge.AddArticle("nl/geld/geld-schulden-eerste-stappen.md", ArticleText.With("related: []", "related: [geld-deurwaarder, geld-budget, geld-los]"));
        knowledge.AddArticle("nl/geld/geld-deurwaarder.md", ArticleText.With("id: geld-schulden-eerste-stappen", "id: geld-deurwaarder"));
        knowledge.AddArticle("nl/geld/geld-budget.md", ArticleText.With("id: geld-schulden-eerste-stappen", "id: geld-budget"));
        knowledge.AddArticle("nl/geld/geld-los.md", ArticleText.With("id: geld-schulden-eerste-stappen", "id: geld-los"));
        File.WriteAllText(Path.Combine(knowledge.Root, "data", "themes.yaml"), "themes:\n  - id: geld\n    label: Geld\n    labelEn: Money\n    articles: [geld-schulden-eerste-stappen]\n");

        var unreachable = KnowledgeValidator.Validate(knowledge.Folder, Today).Issues
            .Where(issue => issue.Message.StartsWith("no button leads here", StringComparison.Ordinal)).ToList();

        var issue = Assert.Single(unreachable);
        Assert.Equal("articles/nl/geld/geld-los.md", issue.File);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
    }

    [Fact]
    public void An_English_article_is_reached_through_the_translation_of_a_menu_article_and_its_own_related_list()
    {
        knowledge.AddArticle("nl/geld/geld-schulden-eerste-stappen.md", ArticleText.Valid);
        knowledge.AddArticle("en/geld/geld-schulden-eerste-stappen-en.md", English("geld-schulden-eerste-stappen-en", "related: [geld-bailiff-en]", translationOf: "geld-schulden-eerste-stappen"));
        knowledge.AddArticle("en/geld/geld-bailiff-en.md", English("geld-bailiff-en", "related: []"));
        knowledge.AddArticle("en/geld/geld-alone-en.md", English("geld-alone-en", "related: []"));
        File.WriteAllText(Path.Combine(knowledge.Root, "data", "themes.yaml"), "themes:\n  - id: geld\n    label: Geld\n    labelEn: Money\n    articles: [geld-schulden-eerste-stappen]\n");

        var unreachable = KnowledgeValidator.Validate(knowledge.Folder, Today).Issues
            .Where(issue => issue.Message.StartsWith("no button leads here", StringComparison.Ordinal)).Select(issue => issue.File);

        Assert.Equal(["articles/en/geld/geld-alone-en.md"], unreachable);
    }

    [Fact]
    public void An_article_with_fewer_than_twelve_example_questions_gets_a_warning_and_stays_usable()
    {
        knowledge.AddArticle("nl/geld/geld-schulden-eerste-stappen.md", ArticleText.Valid);

        var report = KnowledgeValidator.Validate(knowledge.Folder, Today);

        Assert.Single(report.Articles);
        var warning = Assert.Single(report.Issues, issue => issue.Message.StartsWith("2 example questions", StringComparison.Ordinal));
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void The_shipped_knowledge_has_no_errors_and_no_warnings()
    {
        var report = KnowledgeValidator.Validate(TestKnowledge.Real, today: null);

        Assert.True(report.Issues.Count == 0, string.Join("\n", report.Issues));
    }

    private static string English(string id, string related, string? translationOf = null) =>
        ArticleText.With("id: geld-schulden-eerste-stappen", $"id: {id}")
            .Replace("language: nl", translationOf is null ? "language: en" : $"language: en\ntranslationOf: {translationOf}", StringComparison.Ordinal)
            .Replace("related: []", related, StringComparison.Ordinal);

    public void Dispose() => knowledge.Dispose();
}
