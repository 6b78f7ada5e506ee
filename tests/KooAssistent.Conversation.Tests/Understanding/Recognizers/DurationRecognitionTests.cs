using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

public sealed class DurationRecognitionTests
{
    [Theory]
    [InlineData("al 3 maanden", "nl", "3", DurationUnit.Months)]
    [InlineData("drie jaar", "nl", "3", DurationUnit.Years)]
    [InlineData("een half jaar", "nl", "0.5", DurationUnit.Years)]
    [InlineData("half jaar", "nl", "0.5", DurationUnit.Years)]
    [InlineData("anderhalf jaar", "nl", "1.5", DurationUnit.Years)]
    [InlineData("sinds twee weken", "nl", "2", DurationUnit.Weeks)]
    [InlineData("een jaar", "nl", "1", DurationUnit.Years)]
    [InlineData("10 dagen", "nl", "10", DurationUnit.Days)]
    [InlineData("al 6 mnd", "nl", "6", DurationUnit.Months)]
    [InlineData("for 3 months", "en", "3", DurationUnit.Months)]
    [InlineData("2 years", "en", "2", DurationUnit.Years)]
    [InlineData("a year", "en", "1", DurationUnit.Years)]
    [InlineData("two and a half years", "en", "2.5", DurationUnit.Years)]
    public void A_duration_keeps_its_amount_and_unit(string text, string language, string amount, DurationUnit unit)
    {
        var duration = Recognize.Single(EntityKind.Duration, text, language);

        Assert.Equal(new DurationValue(Recognize.Decimal(amount), unit), duration.Value);
        Assert.Equal(text, duration.Text);
    }

    [Theory]
    [InlineData("een paar maanden")]
    [InlineData("maanden lang")]
    [InlineData("over 2 maanden")]
    [InlineData("3 maanden geleden")]
    [InlineData("3 years", "nl")]
    public void Vague_amounts_dates_and_other_languages_are_not_durations(string text, string language = "nl")
    {
        Assert.Empty(Recognize.Of(EntityKind.Duration, text, language));
    }

    [Fact]
    public void A_duration_is_written_as_an_ISO_8601_period()
    {
        Assert.Equal("P0.5Y", Recognize.Single(EntityKind.Duration, "een half jaar").Value.Normalized);
        Assert.Equal("P3M", Recognize.Single(EntityKind.Duration, "al 3 maanden").Value.Normalized);
    }
}
