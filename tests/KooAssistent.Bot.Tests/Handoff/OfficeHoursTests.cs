using KooAssistent.Bot.Handoff;

namespace KooAssistent.Bot.Tests.Handoff;

public sealed class OfficeHoursTests
{
    private static readonly OfficeHours Hours = new();

    // 2026-11-23 is a Monday; Amsterdam is UTC+1 in November.
    [Theory]
    [InlineData("2026-11-23T08:30:00Z", true)]
    [InlineData("2026-11-23T07:59:00Z", false)]
    [InlineData("2026-11-23T16:00:00Z", false)]
    [InlineData("2026-11-22T12:00:00Z", false)]
    public void The_team_is_open_on_weekdays_from_nine_to_five_Amsterdam_time(string utc, bool open)
    {
        Assert.Equal(open, Hours.IsOpen(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Configured_hours_replace_the_defaults()
    {
        var configuration = Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(new Microsoft.Extensions.Configuration.ConfigurationBuilder(), new Dictionary<string, string?>
        {
            ["Handoff:OfficeHours:Days:0"] = "Saturday",
            ["Handoff:OfficeHours:Opens"] = "10:00",
            ["Handoff:OfficeHours:Closes"] = "12:30",
        }).Build();
        var options = new HandoffOptions();

        Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(configuration.GetSection(HandoffOptions.SectionName), options);

        Assert.Equal([DayOfWeek.Saturday], options.OfficeHours.Days);
        Assert.Equal(new TimeOnly(10, 0), options.OfficeHours.Opens);
        Assert.True(options.OfficeHours.IsOpen(new DateTimeOffset(2026, 11, 28, 10, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2026-11-22T12:00:00Z", "nl", "maandag vanaf 09:00")]
    [InlineData("2026-11-23T06:00:00Z", "nl", "vandaag vanaf 09:00")]
    [InlineData("2026-11-27T17:00:00Z", "en", "on Monday from 09:00")]
    public void Outside_hours_the_resident_hears_when_the_team_opens(string utc, string language, string expected)
    {
        Assert.Equal(expected, Hours.DescribeNextOpening(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), language));
    }
}
