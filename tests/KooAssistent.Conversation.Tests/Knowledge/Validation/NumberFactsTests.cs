using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Articles;
using KooAssistent.Conversation.Knowledge.Validation;
using KooAssistent.Conversation.Tests.Knowledge.Articles;

namespace KooAssistent.Conversation.Tests.Knowledge.Validation;

public sealed class NumberFactsTests : IDisposable
{
    private const string File = "articles/nl/geld/geld-schulden-eerste-stappen.md";
    private const string Source = "https://kijkopkoo.nl/grote-waardering-voor-koo";
    private const string Sentence = "Schulden los je niet in een keer op.";
    private readonly TestKnowledge knowledge = new(TestKnowledge.Organisations, TestKnowledge.ValidReplies);

    [Fact]
    public void A_number_listed_in_facts_with_one_of_the_sources_is_accepted()
    {
        var (article, issues) = Read(WithFacts($"\"€ 7.575\": {Source}", "Je mag tot € 7.575 spaargeld hebben."));

        Assert.Empty(issues);
        Assert.NotNull(article);
        Assert.Equal(new Uri(Source), article.Facts["€ 7.575"]);
    }

    [Fact]
    public void A_number_in_the_text_without_a_fact_is_an_error_on_its_line()
    {
        var (article, issues) = Read(ArticleText.With(Sentence, "Je mag tot € 7.575 spaargeld hebben."));

        Assert.Null(article);
        var issue = Assert.Single(issues);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Contains("the number '7.575' has no source", issue.Message, StringComparison.Ordinal);
        Assert.Equal(17, issue.Line);
    }

    [Fact]
    public void A_fact_whose_address_is_not_among_the_sources_is_an_error()
    {
        var (_, issues) = Read(WithFacts("\"18\": https://www.example.nl/ergens-anders", "Je moet 18 jaar of ouder zijn."));

        var issue = Assert.Single(issues);
        Assert.Contains("is not in 'sources'", issue.Message, StringComparison.Ordinal);
        Assert.Equal(14, issue.Line);
    }

    [Fact]
    public void A_fact_whose_number_is_not_in_the_text_is_an_error()
    {
        var (_, issues) = Read(WithFacts($"\"€ 15.150\": {Source}", Sentence));

        Assert.Contains(issues, issue => issue.Message.Contains("'€ 15.150' does not occur in the text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fact_for_18_does_not_cover_the_18_in_2018()
    {
        var (_, issues) = Read(WithFacts($"\"18\": {Source}", "Sinds 2018 moet je 18 jaar zijn."));

        var issue = Assert.Single(issues);
        Assert.Contains("the number '2018' has no source", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bel Koo op 073 206 88 88.", "073 206 88 88")]
    [InlineData("Bel gratis 0800-8115.", "0800-8115")]
    [InlineData("Bij direct gevaar: bel 112.", "112")]
    [InlineData("Bel me op +31 6 12345678.", "+31 6 12345678")]
    public void A_phone_number_written_out_is_an_error_even_with_a_fact(string text, string number)
    {
        var (_, issues) = Read(WithFacts($"\"{number}\": {Source}", text));

        var issue = Assert.Single(issues, issue => issue.Message.Contains("phone number", StringComparison.Ordinal));
        Assert.Contains($"'{number}' written out", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phone_number_in_a_tel_link_is_an_error()
    {
        var (_, issues) = Read(ArticleText.With(Sentence, "[Bel Koo](tel:0732068888)."));

        Assert.Contains(issues, issue => issue.Message.Contains("'tel:0732068888' in a link", StringComparison.Ordinal));
    }

    [Fact]
    public void Digits_in_placeholders_links_list_markers_and_names_are_not_facts()
    {
        var body = """
            Het jongerenwerk PowerUp073 helpt. Lees [de folder](https://www.example.nl/folder-2024.pdf) of https://www.example.nl/2025.

            1. Bel {koo.phone}.
            2. Vraag om een afspraak.
            """;

        var (article, issues) = Read(ArticleText.With(Sentence, body));

        Assert.Empty(issues);
        Assert.NotNull(article);
    }

    [Fact]
    public void The_check_of_the_knowledge_folder_reports_a_number_without_a_source()
    {
        knowledge.AddArticle("nl/geld/geld-schulden-eerste-stappen.md", ArticleText.With(Sentence, "Je mag tot € 7.575 spaargeld hebben."));

        var report = KnowledgeValidator.Validate(knowledge.Folder, new DateOnly(2026, 11, 22));

        Assert.Contains(report.Errors, issue => issue.File == File && issue.Message.Contains("'7.575' has no source", StringComparison.Ordinal));
    }

    public void Dispose() => knowledge.Dispose();

    /// <summary>The valid article with a <c>facts</c> map of one entry after its sources, and <paramref name="text"/> as its first sentence.</summary>
    private static string WithFacts(string entry, string text) =>
        ArticleText.With("reviewed: 2026-11-01", $"facts:\n  {entry}\nreviewed: 2026-11-01").Replace(Sentence, text, StringComparison.Ordinal);

    private (Article? Article, IReadOnlyList<KnowledgeIssue> Issues) Read(string text) =>
        ArticleReader.Read(File, text, OrganisationDirectory.Load(knowledge.Folder));
}
