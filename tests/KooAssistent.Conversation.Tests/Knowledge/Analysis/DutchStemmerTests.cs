using KooAssistent.Conversation.Knowledge.Analysis;

namespace KooAssistent.Conversation.Tests.Knowledge.Analysis;

public sealed class DutchStemmerTests
{
    private static readonly string Vocabulary = Path.Combine(AppContext.BaseDirectory, "Knowledge", "Analysis", "SnowballDutch");

    [Fact]
    public void Every_word_of_the_Snowball_Dutch_vocabulary_gets_the_official_stem()
    {
        var words = File.ReadAllLines(Path.Combine(Vocabulary, "voc.txt"));
        var stems = File.ReadAllLines(Path.Combine(Vocabulary, "output.txt"));

        var mismatches = words.Zip(stems).Where(pair => DutchStemmer.Stem(pair.First) != pair.Second)
            .Select(pair => $"{pair.First} → {pair.Second}, got {DutchStemmer.Stem(pair.First)}").ToList();

        Assert.Equal(45_670, words.Length);
        Assert.Equal(words.Length, stems.Length);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches, the first ones:\n{string.Join('\n', mismatches.Take(20))}");
    }

    [Theory]
    [InlineData("schulden", "schul")]
    [InlineData("deurwaarders", "deurwaar")]
    [InlineData("toeslagen", "toeslaag")]
    [InlineData("toeslag", "toeslag")]
    [InlineData("kinderen", "kinder")]
    [InlineData("eenzaamheid", "eenzaam")]
    [InlineData("opvoeding", "opvoed")]
    [InlineData("maken", "maak")]
    [InlineData("gemeentelijke", "meentelijk")]
    public void Words_residents_use_get_the_official_stem(string word, string stem)
    {
        Assert.Equal(stem, DutchStemmer.Stem(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("12345")]
    [InlineData("'")]
    [InlineData("ge")]
    [InlineData("gege")]
    public void Odd_input_comes_back_without_error(string word)
    {
        Assert.NotNull(DutchStemmer.Stem(word));
    }

    [Fact]
    public void A_very_long_word_is_returned_as_it_is()
    {
        var word = new string('a', 10_000);

        Assert.Equal(word, DutchStemmer.Stem(word));
    }
}
