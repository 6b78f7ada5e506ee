using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

public sealed class NumberRecognitionTests
{
    [Theory]
    [InlineData("1250", "nl", "1250")]
    [InlineData("1.250", "nl", "1250")]
    [InlineData("1.250", "", "1250")]
    [InlineData("1.250,50", "nl", "1250.50")]
    [InlineData("1,250.50", "en", "1250.50")]
    [InlineData("1,250.50", "nl", "1250.50")]
    [InlineData("1,250", "en", "1250")]
    [InlineData("1,250", "nl", "1.25")]
    [InlineData("1.250", "en", "1.25")]
    [InlineData("3,5", "nl", "3.5")]
    [InlineData("1.250.000", "nl", "1250000")]
    [InlineData("2 miljoen", "nl", "2000000")]
    [InlineData("1,5 miljoen", "nl", "1500000")]
    [InlineData("drie", "nl", "3")]
    [InlineData("dertien", "nl", "13")]
    [InlineData("eenentwintig", "nl", "21")]
    [InlineData("tweeëntwintig", "nl", "22")]
    [InlineData("achtentachtig", "nl", "88")]
    [InlineData("honderdvijftig", "nl", "150")]
    [InlineData("honderd vijftig", "nl", "150")]
    [InlineData("drieduizend", "nl", "3000")]
    [InlineData("drie duizend", "nl", "3000")]
    [InlineData("tweeduizendvijfhonderd", "nl", "2500")]
    [InlineData("vijftienhonderd", "nl", "1500")]
    [InlineData("tweeënhalf", "nl", "2.5")]
    [InlineData("tweeenhalf", "nl", "2.5")]
    [InlineData("TWEEËNHALF", "nl", "2.5")]
    [InlineData("anderhalf", "nl", "1.5")]
    [InlineData("een half", "nl", "0.5")]
    [InlineData("twee en een half", "nl", "2.5")]
    [InlineData("twintig", "nl", "20")]
    [InlineData("twee miljoen", "nl", "2000000")]
    [InlineData("één", "nl", "1")]
    [InlineData("nul", "nl", "0")]
    [InlineData("three", "en", "3")]
    [InlineData("twenty-one", "en", "21")]
    [InlineData("twenty one", "en", "21")]
    [InlineData("a hundred and fifty", "en", "150")]
    [InlineData("two and a half", "en", "2.5")]
    [InlineData("one thousand two hundred and fifty", "en", "1250")]
    [InlineData("a million", "en", "1000000")]
    [InlineData("drie", "", "3")]
    [InlineData("three", "", "3")]
    public void A_number_in_digits_or_words_is_read_in_the_language_of_the_message(string text, string language, string expected)
    {
        var number = Recognize.Single(EntityKind.Number, text, language);

        Assert.Equal(Recognize.Decimal(expected), ((NumberValue)number.Value).Amount);
        Assert.Equal(text, number.Text);
    }

    [Theory]
    [InlineData("ik heb een huis")]
    [InlineData("half werk")]
    [InlineData("drie", "en")]
    [InlineData("three", "nl")]
    [InlineData("achten en vieren")]
    [InlineData("NL91")]
    [InlineData("")]
    public void Articles_look_alike_words_and_other_languages_are_not_numbers(string text, string language = "nl")
    {
        Assert.Empty(Recognize.Of(EntityKind.Number, text, language));
    }

    [Fact]
    public void A_list_of_numbers_stays_a_list()
    {
        var numbers = Recognize.Of(EntityKind.Number, "twee drie vier, 5");

        Assert.Equal([2m, 3m, 4m, 5m], numbers.Select(number => ((NumberValue)number.Value).Amount));
    }

    [Fact]
    public void A_number_inside_a_sentence_keeps_its_place_in_the_original_text()
    {
        const string text = "Ik  heb  DRIEËNTWINTIG brieven";

        var number = Recognize.Single(EntityKind.Number, text);

        Assert.Equal(9, number.Start);
        Assert.Equal("DRIEËNTWINTIG", text.Substring(number.Start, number.Length));
        Assert.Equal(23m, ((NumberValue)number.Value).Amount);
    }
}
