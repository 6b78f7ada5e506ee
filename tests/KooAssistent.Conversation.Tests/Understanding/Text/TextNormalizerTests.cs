using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Tests.Understanding.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Ik heb SCHULDEN!!!", "ik heb schulden")]
    [InlineData("tweeënhalf", "tweeenhalf")]
    [InlineData("Café  ’s-Hertogenbosch", "cafe s-hertogenbosch")]
    [InlineData("help 😢😢 wat nu??", "help wat nu")]
    [InlineData("zo'n deurwaarder...", "zo'n deurwaarder")]
    [InlineData("- open je post\n- bel Koo", "open je post bel koo")]
    [InlineData("e-mail ‑ adres", "e-mail adres")]
    [InlineData("", "")]
    [InlineData("  ...  ", "")]
    [InlineData("ﬁnanciën", "financien")]
    public void Text_is_lower_cased_folded_and_cleaned(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Tokens_keep_joined_words_whole()
    {
        Assert.Equal(["mijn", "zoon", "is", "15-jarig", "en", "zo'n", "kind"], TextNormalizer.Tokenize("Mijn zoon is 15-jarig, en zo'n kind…"));
    }
}
