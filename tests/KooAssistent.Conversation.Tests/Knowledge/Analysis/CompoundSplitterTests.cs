using KooAssistent.Conversation.Knowledge.Analysis;

namespace KooAssistent.Conversation.Tests.Knowledge.Analysis;

public sealed class CompoundSplitterTests
{
    private static readonly CompoundSplitter Splitter = new(new HashSet<string>(StringComparer.Ordinal)
    {
        "schuld", "hulp", "verlening", "huur", "achterstand", "ouder", "schap", "plan", "geld", "zorg", "energie", "rekening",
    });

    [Theory]
    [InlineData("schuldhulpverlening", "schuld hulp verlening")]
    [InlineData("huurachterstand", "huur achterstand")]
    [InlineData("geldzorgen", "geld zorg")]
    [InlineData("energierekening", "energie rekening")]
    [InlineData("ouderschapsplan", "ouder schap plan")]
    public void A_compound_of_known_words_is_split_into_its_parts(string word, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Splitter.Split(word)));
    }

    [Theory]
    [InlineData("geld")]
    [InlineData("schuldeiser")]
    [InlineData("huurx")]
    [InlineData("")]
    [InlineData("ab")]
    public void A_word_that_is_not_wholly_made_of_known_words_is_not_split(string word)
    {
        Assert.Empty(Splitter.Split(word));
    }

    [Fact]
    public void A_very_long_word_is_handled_quickly_and_without_error()
    {
        var word = string.Concat(Enumerable.Repeat("schuldhulp", 2_000));

        var parts = Splitter.Split(word);

        Assert.Equal(4_000, parts.Count);
    }
}
