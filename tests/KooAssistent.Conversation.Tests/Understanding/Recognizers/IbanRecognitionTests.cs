using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

public sealed class IbanRecognitionTests
{
    [Theory]
    [InlineData("NL91ABNA0417164300", "NL91ABNA0417164300")]
    [InlineData("NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00")]
    [InlineData("nl91abna0417164300", "nl91abna0417164300")]
    [InlineData("rekening NL91ABNA0417164300, graag", "NL91ABNA0417164300")]
    [InlineData("NL91 ABNA 0417 1643 00 en 12 euro", "NL91 ABNA 0417 1643 00")]
    [InlineData("DE89370400440532013000", "DE89370400440532013000")]
    [InlineData("DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00")]
    [InlineData("BE68539007547034", "BE68539007547034")]
    [InlineData("GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32")]
    [InlineData("FR1420041010050500013M02606", "FR1420041010050500013M02606")]
    public void An_iban_that_passes_mod_97_is_recognised_in_any_case_and_spacing(string text, string found)
    {
        var iban = Recognize.Single(EntityKind.Iban, text);

        Assert.Equal(found, iban.Text);
        Assert.Equal(found.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant(), iban.Value.Normalized);
    }

    [Theory]
    [InlineData("NL91ABNA0417164301")]
    [InlineData("NL92ABNA0417164300")]
    [InlineData("DE89370400440532013001")]
    [InlineData("NL91ABNA041716430")]
    [InlineData("NL91ABNA04171643000")]
    [InlineData("NL91ABNA0417164300X")]
    [InlineData("XNL91ABNA0417164300")]
    public void An_iban_with_a_wrong_digit_or_length_is_not_an_iban(string text)
    {
        Assert.Empty(Recognize.Of(EntityKind.Iban, text));
    }
}
