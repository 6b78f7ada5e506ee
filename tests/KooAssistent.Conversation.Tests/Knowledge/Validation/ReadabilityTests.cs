using KooAssistent.Conversation.Knowledge.Validation;

namespace KooAssistent.Conversation.Tests.Knowledge.Validation;

public sealed class ReadabilityTests
{
    [Fact]
    public void Words_and_sentences_are_counted_without_markdown_and_link_addresses()
    {
        var score = Readability.Score("**Bel Koo.** Kijk op [de website](https://www.kijkopkoo.nl/heel/lang/adres).\n\n- Open je post\n- Maak een lijst");

        Assert.Equal(4, score.Sentences);
        Assert.Equal(12.0 / 4, score.AverageWordsPerSentence, precision: 3);
        Assert.Equal(4, score.LongestSentenceWords);
    }

    [Fact]
    public void Long_compound_words_are_counted_as_long()
    {
        var score = Readability.Score("Vraag schuldhulpverlening aan bij de gemeente.");

        Assert.Equal(1.0 / 6, score.LongWordShare, precision: 3);
    }

    [Fact]
    public void Short_plain_text_raises_nothing()
    {
        Assert.Empty(Readability.Check("x.md", 1, "Je kunt hulp krijgen. Bel Koo. Zij denken met je mee."));
    }
}
