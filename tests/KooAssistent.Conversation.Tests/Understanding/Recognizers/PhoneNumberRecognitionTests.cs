using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

public sealed class PhoneNumberRecognitionTests
{
    [Theory]
    [InlineData("06-12345678", "+31612345678", PhoneNumberKind.Mobile)]
    [InlineData("06 1234 5678", "+31612345678", PhoneNumberKind.Mobile)]
    [InlineData("06 12 34 56 78", "+31612345678", PhoneNumberKind.Mobile)]
    [InlineData("0612345678", "+31612345678", PhoneNumberKind.Mobile)]
    [InlineData("06 - 123 456 78", "+31612345678", PhoneNumberKind.Mobile)]
    [InlineData("+31 6 12345678", "+31612345678", PhoneNumberKind.Mobile)]
    [InlineData("+31612345678", "+31612345678", PhoneNumberKind.Mobile)]
    [InlineData("+31 (0)6 12345678", "+31612345678", PhoneNumberKind.Mobile)]
    [InlineData("0031612345678", "+31612345678", PhoneNumberKind.Mobile)]
    [InlineData("073-2068888", "+31732068888", PhoneNumberKind.Fixed)]
    [InlineData("073 206 88 88", "+31732068888", PhoneNumberKind.Fixed)]
    [InlineData("(073) 206 88 88", "+31732068888", PhoneNumberKind.Fixed)]
    [InlineData("020-1234567", "+31201234567", PhoneNumberKind.Fixed)]
    [InlineData("+32 470 12 34 56", "+32470123456", PhoneNumberKind.International)]
    [InlineData("0800-0113", "08000113", PhoneNumberKind.Service)]
    [InlineData("0900-8844", "09008844", PhoneNumberKind.Service)]
    [InlineData("0800 1234567", "08001234567", PhoneNumberKind.Service)]
    [InlineData("112", "112", PhoneNumberKind.HelpLine)]
    [InlineData("113", "113", PhoneNumberKind.HelpLine)]
    public void A_phone_number_is_normalised_however_it_is_grouped(string text, string expected, PhoneNumberKind kind)
    {
        var phone = Recognize.Single(EntityKind.PhoneNumber, text);

        Assert.Equal(new PhoneNumberValue(expected, kind), phone.Value);
        Assert.Equal(text, phone.Text);
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("betaalkenmerk 12345678")]
    [InlineData("01-03-2027")]
    [InlineData("06-12-2024")]
    [InlineData("€ 0,50")]
    [InlineData("061234567")]
    [InlineData("06123456789")]
    [InlineData("112.000 mensen")]
    [InlineData("0800")]
    [InlineData("code A0612345678")]
    public void Amounts_dates_and_wrong_lengths_are_not_phone_numbers(string text)
    {
        Assert.Empty(Recognize.Of(EntityKind.PhoneNumber, text));
    }

    [Fact]
    public void A_phone_number_followed_by_another_number_leaves_that_number()
    {
        var entities = Recognize.All("bel 06 12345678 15 jaar");

        Assert.Equal([EntityKind.PhoneNumber, EntityKind.Duration], entities.Select(entity => entity.Kind));
        Assert.Equal("06 12345678", entities[0].Text);
    }
}
