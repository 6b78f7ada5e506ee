using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Tests.Understanding.Recognizers;

/// <summary>All against Wednesday 14 January 2026.</summary>
public sealed class DateRecognitionTests
{
    [Theory]
    [InlineData("1 maart", "nl", "2026-03-01")]
    [InlineData("1 maart 2027", "nl", "2027-03-01")]
    [InlineData("1e maart", "nl", "2026-03-01")]
    [InlineData("2 mrt.", "nl", "2026-03-02")]
    [InlineData("maandag 2 maart", "nl", "2026-03-02")]
    [InlineData("1 december", "nl", "2025-12-01")]
    [InlineData("3 januari", "nl", "2026-01-03")]
    [InlineData("sinds 1 december", "nl", "2025-12-01")]
    [InlineData("01-03-2027", "nl", "2027-03-01")]
    [InlineData("1-3-2027", "nl", "2027-03-01")]
    [InlineData("01.03.2027", "nl", "2027-03-01")]
    [InlineData("1/3/27", "nl", "2027-03-01")]
    [InlineData("12-03-85", "nl", "1985-03-12")]
    [InlineData("2027-03-01", "nl", "2027-03-01")]
    [InlineData("1/3", "nl", "2026-03-01")]
    [InlineData("(01-03-2027)", "nl", "2027-03-01")]
    [InlineData("vandaag", "nl", "2026-01-14")]
    [InlineData("morgen", "nl", "2026-01-15")]
    [InlineData("overmorgen", "nl", "2026-01-16")]
    [InlineData("gisteren", "nl", "2026-01-13")]
    [InlineData("eergisteren", "nl", "2026-01-12")]
    [InlineData("maandag", "nl", "2026-01-19")]
    [InlineData("vrijdag", "nl", "2026-01-16")]
    [InlineData("woensdag", "nl", "2026-01-21")]
    [InlineData("volgende maandag", "nl", "2026-01-19")]
    [InlineData("vorige maandag", "nl", "2026-01-12")]
    [InlineData("afgelopen woensdag", "nl", "2026-01-07")]
    [InlineData("eind van de maand", "nl", "2026-01-31")]
    [InlineData("einde van deze maand", "nl", "2026-01-31")]
    [InlineData("eind volgende maand", "nl", "2026-02-28")]
    [InlineData("eind maart", "nl", "2026-03-31")]
    [InlineData("begin volgend jaar", "nl", "2027-01-01")]
    [InlineData("over twee maanden", "nl", "2026-03-14")]
    [InlineData("over een week", "nl", "2026-01-21")]
    [InlineData("over 3 dagen", "nl", "2026-01-17")]
    [InlineData("over een half jaar", "nl", "2026-07-14")]
    [InlineData("drie weken geleden", "nl", "2025-12-24")]
    [InlineData("March 1st", "en", "2026-03-01")]
    [InlineData("March 1st, 2027", "en", "2027-03-01")]
    [InlineData("the 1st of March", "en", "2026-03-01")]
    [InlineData("1 March 2027", "en", "2027-03-01")]
    [InlineData("tomorrow", "en", "2026-01-15")]
    [InlineData("yesterday", "en", "2026-01-13")]
    [InlineData("the day after tomorrow", "en", "2026-01-16")]
    [InlineData("last Monday", "en", "2026-01-12")]
    [InlineData("end of the month", "en", "2026-01-31")]
    [InlineData("in two months", "en", "2026-03-14")]
    [InlineData("2 years ago", "en", "2024-01-14")]
    [InlineData("Morgen", "", "2026-01-15")]
    public void A_day_is_resolved_against_the_reference_date(string text, string language, string expected)
    {
        var date = Recognize.Single(EntityKind.Date, text, language);

        Assert.Equal(expected, date.Value.Normalized);
        Assert.Equal(DatePrecision.Day, ((DateValue)date.Value).Precision);
    }

    [Theory]
    [InlineData("volgende week", "nl", "2026-01-19/2026-01-25", DatePrecision.Week)]
    [InlineData("deze week", "nl", "2026-01-12/2026-01-18", DatePrecision.Week)]
    [InlineData("vorige week", "nl", "2026-01-05/2026-01-11", DatePrecision.Week)]
    [InlineData("vorige maand", "nl", "2025-12-01/2025-12-31", DatePrecision.Month)]
    [InlineData("volgende maand", "nl", "2026-02-01/2026-02-28", DatePrecision.Month)]
    [InlineData("deze maand", "nl", "2026-01-01/2026-01-31", DatePrecision.Month)]
    [InlineData("volgend jaar", "nl", "2027-01-01/2027-12-31", DatePrecision.Year)]
    [InlineData("vorig jaar", "nl", "2025-01-01/2025-12-31", DatePrecision.Year)]
    [InlineData("maart 2027", "nl", "2027-03-01/2027-03-31", DatePrecision.Month)]
    [InlineData("in maart", "nl", "2026-03-01/2026-03-31", DatePrecision.Month)]
    [InlineData("sinds maart", "nl", "2025-03-01/2025-03-31", DatePrecision.Month)]
    [InlineData("next week", "en", "2026-01-19/2026-01-25", DatePrecision.Week)]
    [InlineData("last month", "en", "2025-12-01/2025-12-31", DatePrecision.Month)]
    [InlineData("since May", "en", "2025-05-01/2025-05-31", DatePrecision.Month)]
    public void A_week_month_or_year_is_a_range_of_days(string text, string language, string expected, DatePrecision precision)
    {
        var date = Recognize.Single(EntityKind.Date, text, language);

        Assert.Equal(expected, date.Value.Normalized);
        Assert.Equal(precision, ((DateValue)date.Value).Precision);
    }

    [Theory]
    [InlineData("1-2 keer per week")]
    [InlineData("het kost 12.50")]
    [InlineData("versie 1.3")]
    [InlineData("32 maart")]
    [InlineData("31-02-2026")]
    [InlineData("om 10:30")]
    [InlineData("de volgende stap")]
    [InlineData("ik heb honger", "en")]
    [InlineData("maart")]
    public void Numbers_times_and_impossible_days_are_not_dates(string text, string language = "nl")
    {
        Assert.Empty(Recognize.Of(EntityKind.Date, text, language));
    }

    [Fact]
    public void A_date_at_the_end_of_the_calendar_does_not_throw()
    {
        var recognizer = new EntityRecognizer();

        var entities = recognizer.Recognize("volgend jaar, over 3 maanden, morgen", new RecognitionContext("nl", DateOnly.MaxValue));

        Assert.DoesNotContain(entities, entity => entity.Kind == EntityKind.Date);
    }
}
