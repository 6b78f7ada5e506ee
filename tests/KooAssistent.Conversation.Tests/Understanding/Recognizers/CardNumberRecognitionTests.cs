using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

public sealed class CardNumberRecognitionTests
{
    [Theory]
    [InlineData("4111 1111 1111 1111", "4111111111111111")]
    [InlineData("4111-1111-1111-1111", "4111111111111111")]
    [InlineData("4111111111111111", "4111111111111111")]
    [InlineData("5500 0000 0000 0004", "5500000000000004")]
    [InlineData("3782 822463 10005", "378282246310005")]
    [InlineData("kaart: 4111 1111 1111 1111.", "4111111111111111")]
    public void A_card_number_that_passes_luhn_is_recognised(string text, string digits)
    {
        var card = Recognize.Single(EntityKind.CardNumber, text);

        Assert.Equal(digits, card.Value.Normalized);
    }

    [Theory]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("4111111111111112")]
    [InlineData("4111 1111 1111")]
    [InlineData("0111 1111 1111 1111 1")]
    [InlineData("41111 111 1111 1111")]
    public void A_luhn_invalid_or_oddly_grouped_number_is_not_a_card_number(string text)
    {
        Assert.Empty(Recognize.Of(EntityKind.CardNumber, text));
    }
}
