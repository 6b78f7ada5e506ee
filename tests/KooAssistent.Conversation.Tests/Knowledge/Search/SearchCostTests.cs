using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Analysis;
using KooAssistent.Conversation.Knowledge.Search;

namespace KooAssistent.Conversation.Tests.Knowledge.Search;

/// <summary>
/// The work of one search, counted rather than timed: typo correction, the costly part, compares a text's words with
/// at most <see cref="CorrectionBudget.PerText"/> known words, so nonsense costs about what a question costs.
/// </summary>
public sealed class SearchCostTests
{
    private static readonly KnowledgeIndex Index = KnowledgeIndex.Build(KnowledgeBase.Load(TestKnowledge.Real));

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void A_message_of_4096_characters_of_nonsense_spends_no_more_than_the_budget(string language)
    {
        var result = Index.Search(Nonsense(4096, seed: 67), language, top: 3);

        Assert.InRange(result.CorrectionComparisons, 1, CorrectionBudget.PerText);
    }

    [Theory]
    [InlineData("deurwarder staat voor de deur", "deurwaarder")]
    [InlineData("ik voel me zo eenzaamhijd sinds mijn vrouw overleed", "eenzaamheid")]
    [InlineData("ik heb schuldn bij de belastingdienst", "schulden")]
    public void A_question_with_a_typo_is_still_corrected_well_within_the_budget(string question, string meant)
    {
        var result = Index.Search(question, "nl", top: 3);

        Assert.Contains(result.Query, term => term.Origin == TermOrigin.Corrected);
        Assert.True(result.CorrectionComparisons < CorrectionBudget.PerText / 4, $"'{meant}' took {result.CorrectionComparisons} comparisons.");
    }

    [Fact]
    public void Words_beyond_the_budget_are_taken_as_written()
    {
        var typos = "deurwarder " + Nonsense(4000, seed: 5) + " schuldn";

        var result = Index.Search(typos, "nl", top: 3);

        Assert.Contains(result.Query, term => term.Source == "deurwarder" && term.Origin == TermOrigin.Corrected);
        Assert.DoesNotContain(result.Query, term => term.Source == "schuldn" && term.Origin == TermOrigin.Corrected);
    }

    /// <summary>Lower-case letters in words of 4 to 11, the kind of text that keeps typo correction busiest.</summary>
    private static string Nonsense(int length, int seed)
    {
        var random = new Random(seed);
        var text = new System.Text.StringBuilder(length);
        while (text.Length < length)
        {
            var word = random.Next(4, 12);
            for (var letter = 0; letter < word && text.Length < length; letter++)
            {
                text.Append((char)('a' + random.Next(26)));
            }

            text.Append(' ');
        }

        return text.ToString(0, length);
    }
}
