using KooAssistent.Conversation.Knowledge.Analysis;

namespace KooAssistent.Conversation.Tests.Knowledge.Analysis;

public sealed class TypoCorrectorTests
{
    private static readonly TypoCorrector Corrector = new(new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["deurwaarder"] = 12,
        ["eenzaamheid"] = 9,
        ["schulden"] = 30,
        ["scholen"] = 2,
        ["toeslagen"] = 20,
        ["huur"] = 8,
    });

    [Theory]
    [InlineData("deurwarder", "deurwaarder")]
    [InlineData("eenzaamhijd", "eenzaamheid")]
    [InlineData("schuldn", "schulden")]
    [InlineData("toeslage", "toeslagen")]
    [InlineData("toesalgen", "toeslagen")]
    public void A_misspelled_word_is_corrected_to_the_word_the_knowledge_uses(string typed, string expected)
    {
        Assert.Equal(expected, Corrector.Correct(typed));
    }

    [Theory]
    [InlineData("hier")]
    [InlineData("xyzxyzxyz")]
    [InlineData("bus")]
    public void A_word_far_from_every_known_word_is_left_alone(string typed)
    {
        Assert.Null(Corrector.Correct(typed));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("huur", "huur", 0)]
    [InlineData("toeslagen", "toesalgen", 1)]
    public void The_distance_counts_edits_and_a_swap_of_neighbours_as_one(string a, string b, int expected)
    {
        Assert.Equal(expected, TypoCorrector.Distance(a, b, limit: 5));
    }

    [Fact]
    public void Every_comparison_is_counted_against_the_budget()
    {
        var budget = new CorrectionBudget(100);

        var corrected = Corrector.Correct("schuldn", budget);

        Assert.Equal("schulden", corrected);
        Assert.Equal(2, budget.Spent);
    }

    [Fact]
    public void A_word_whose_comparisons_do_not_fit_the_budget_is_left_as_written_and_costs_nothing()
    {
        var budget = new CorrectionBudget(1);

        var corrected = Corrector.Correct("schuldn", budget);

        Assert.Null(corrected);
        Assert.Equal(0, budget.Spent);
    }
}
