using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

public sealed class BsnRecognitionTests
{
    [Theory]
    [InlineData("111222333", "111222333")]
    [InlineData("123456782", "123456782")]
    [InlineData("123.456.782", "123456782")]
    [InlineData("123 456 782", "123456782")]
    [InlineData("1234 56 782", "123456782")]
    [InlineData("1234.56.782", "123456782")]
    [InlineData("bsn:111222333.", "111222333")]
    [InlineData("mijn bsn is 111222333", "111222333")]
    public void Nine_digits_that_pass_the_eleven_test_are_a_bsn(string text, string digits)
    {
        var bsn = Recognize.Single(EntityKind.Bsn, text);

        Assert.Equal(digits, bsn.Value.Normalized);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("111222334")]
    [InlineData("000000000")]
    [InlineData("11122233")]
    [InlineData("1112223330")]
    [InlineData("123 456 782 9")]
    [InlineData("12 3456 782")]
    [InlineData("x111222333")]
    public void Nine_digits_that_fail_the_eleven_test_or_the_shape_are_not_a_bsn(string text)
    {
        Assert.Empty(Recognize.Of(EntityKind.Bsn, text));
    }

    [Fact]
    public void An_invalid_bsn_is_still_a_number()
    {
        var number = Assert.Single(Recognize.All("123456789"));

        Assert.Equal(EntityKind.Number, number.Kind);
    }

    [Fact]
    public void A_valid_bsn_is_neither_a_phone_number_nor_a_number()
    {
        var entity = Assert.Single(Recognize.All("mijn bsn is 111222333"));

        Assert.Equal(EntityKind.Bsn, entity.Kind);
    }
}
