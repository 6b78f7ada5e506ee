using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Articles;
using KooAssistent.Conversation.Knowledge.Validation;

namespace KooAssistent.Conversation.Tests.Knowledge.Articles;

public sealed class ArticleReaderTests : IDisposable
{
    private const string File = "articles/nl/geld/geld-schulden-eerste-stappen.md";
    private readonly TestKnowledge knowledge = new(TestKnowledge.Organisations, TestKnowledge.ValidReplies);

    [Fact]
    public void A_valid_article_is_read_with_its_fields_and_contact_placeholders_filled()
    {
        var (article, issues) = Read(ArticleText.Valid);

        Assert.Empty(issues);
        Assert.NotNull(article);
        Assert.Equal("geld-schulden-eerste-stappen", article.Id);
        Assert.Equal(Themes.Geld, article.Theme);
        Assert.Equal(["Ik heb schulden, wat moet ik doen?", "ik kom niet rond"], article.Questions);
        Assert.Equal(["koo"], article.Contacts);
        Assert.Equal(new DateOnly(2026, 11, 1), article.Reviewed);
        Assert.StartsWith("Schulden los je niet", article.Body, StringComparison.Ordinal);
        Assert.Contains("Bel Koo: 073 206 88 88.", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("theme: geld", "theme: financien", 3, "'theme' must be one of")]
    [InlineData("language: nl", "language: de", 5, "'language' must be nl or en")]
    [InlineData("  - ik kom niet rond\n", "", 6, "at least two example 'questions'")]
    [InlineData("contacts: [koo]", "contacts: [koo, ggd]", 11, "contact 'ggd' is not in")]
    [InlineData("  - https://kijkopkoo.nl/grote-waardering-voor-koo", "  - http://kijkopkoo.nl", 12, "is not an https address")]
    [InlineData("reviewed: 2026-11-01", "reviewed: 1-11-2026", 14, "'reviewed' must be")]
    [InlineData("owner: redactie-koo", "owner: ''", 15, "'owner' is required")]
    [InlineData("id: geld-schulden-eerste-stappen", "id: Geld Schulden", 2, "'id' is required")]
    [InlineData("id: geld-schulden-eerste-stappen", "id: geld-iets-anders", 2, "the file name must be the id")]
    [InlineData("Bel Koo: {koo.phone}.", "Bel Koo: {koo.fax}.", 22, "'koo' has no fax")]
    [InlineData("(https://www.kijkopkoo.nl)", "(http://www.kijkopkoo.nl)", 22, "must be https, tel: or mailto:")]
    [InlineData("owner: redactie-koo", "owner: redactie-koo\ncolour: red", 16, "front matter:")]
    public void A_fault_is_reported_with_its_line(string original, string replacement, int line, string message)
    {
        var (article, issues) = Read(ArticleText.With(original, replacement));

        Assert.Null(article);
        var issue = Assert.Single(issues, issue => issue.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(line, issue.Line);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(File, issue.File);
    }

    [Fact]
    public void A_file_without_front_matter_is_refused()
    {
        var (article, issues) = Read("Zomaar tekst zonder kop.");

        Assert.Null(article);
        Assert.Contains("front matter", Assert.Single(issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_body_is_refused()
    {
        var text = ArticleText.Valid[..(ArticleText.Valid.LastIndexOf("---", StringComparison.Ordinal) + 3)];

        var (_, issues) = Read(text);

        Assert.Contains(issues, issue => issue.Message.Contains("no text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_too_long_for_a_chat_bubble_is_refused()
    {
        var (_, issues) = Read(ArticleText.Valid + "\n" + string.Concat(Enumerable.Repeat("Dit is een korte zin. ", 80)));

        Assert.Contains(issues, issue => issue.Message.Contains("keep an answer under", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_faults_are_all_reported_at_once()
    {
        var (_, issues) = Read(ArticleText.With("theme: geld", "theme: x").Replace("language: nl", "language: fr", StringComparison.Ordinal));

        Assert.Equal(2, issues.Count);
    }

    public void Dispose() => knowledge.Dispose();

    private (Article? Article, IReadOnlyList<KnowledgeIssue> Issues) Read(string text) =>
        ArticleReader.Read(File, text, OrganisationDirectory.Load(knowledge.Folder));
}
