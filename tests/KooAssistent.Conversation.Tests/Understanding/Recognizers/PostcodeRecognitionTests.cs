using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

public sealed class PostcodeRecognitionTests
{
    [Theory]
    [InlineData("1234 AB 5", "1234 AB 5", "1234 AB", "5")]
    [InlineData("1234AB 5a", "1234AB 5a", "1234 AB", "5A")]
    [InlineData("5211 AB, 12", "5211 AB, 12", "5211 AB", "12")]
    [InlineData("5211ab 12-3", "5211ab 12-3", "5211 AB", "12-3")]
    [InlineData("5211AB12", "5211AB12", "5211 AB", "12")]
    [InlineData("5211 AB 12 hs", "5211 AB 12 hs", "5211 AB", "12-HS")]
    [InlineData("ik woon op 5211 EN 4.", "5211 EN 4", "5211 EN", "4")]
    [InlineData("Hoofdstraat 12, 5211 AB 's-Hertogenbosch", "12, 5211 AB", "5211 AB", "12")]
    [InlineData("Vughterweg 47a 5211 CK", "47a 5211 CK", "5211 CK", "47A")]
    public void A_postcode_with_a_house_number_is_an_address(string text, string found, string postcode, string houseNumber)
    {
        var address = Recognize.Single(EntityKind.Address, text);

        Assert.Equal(found, address.Text);
        Assert.Equal(new AddressValue(postcode, houseNumber), address.Value);
    }

    [Theory]
    [InlineData("5211 AB", "5211 AB")]
    [InlineData("postcode 5211ab?", "5211 AB")]
    [InlineData("ik woon in 5223 XY Den Bosch", "5223 XY")]
    [InlineData("1000 KM", "1000 KM")]
    public void A_postcode_alone_is_recognised_as_a_postcode(string text, string postcode)
    {
        var found = Recognize.Single(EntityKind.Postcode, text);

        Assert.Equal(new AddressValue(postcode, null), found.Value);
        Assert.Empty(Recognize.Of(EntityKind.Address, text));
    }

    [Theory]
    [InlineData("0123 AB")]
    [InlineData("1234 SS")]
    [InlineData("1234 SA 5")]
    [InlineData("1234 sd")]
    [InlineData("12345 AB")]
    [InlineData("1234 ABC")]
    [InlineData("ik betaal 1250 op 12 maart")]
    [InlineData("sinds 2023 en 2024")]
    [InlineData("IK BETAAL 1250 EN DAN NOG MEER")]
    [InlineData("a1234 AB")]
    public void Impossible_postcodes_and_numbers_before_short_words_are_not_postcodes(string text)
    {
        var entities = Recognize.All(text);

        Assert.DoesNotContain(entities, entity => entity.Kind is EntityKind.Postcode or EntityKind.Address);
    }

    [Fact]
    public void The_address_wins_over_the_numbers_inside_it()
    {
        var entity = Assert.Single(Recognize.All("5211 AB 12"));

        Assert.Equal(EntityKind.Address, entity.Kind);
    }
}
