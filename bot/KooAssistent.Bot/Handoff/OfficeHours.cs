using System.Globalization;
using KooAssistent.Conversation.Activities;

namespace KooAssistent.Bot.Handoff;

/// <summary>
/// When the Buurtteams answer chats (configuration <c>Handoff:OfficeHours</c>), so the resident hears an honest
/// expectation: a worker comes soon, or when the team opens again.
/// </summary>
public sealed class OfficeHours
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>
    /// The open days; empty means Monday to Friday. Empty by default because the configuration binder adds
    /// configured items to an existing array instead of replacing it.
    /// </summary>
    public DayOfWeek[] Days { get; set; } = [];

    private DayOfWeek[] OpenDays => Days.Length == 0 ? Weekdays : Days;

    public TimeOnly Opens { get; set; } = new(9, 0);

    public TimeOnly Closes { get; set; } = new(17, 0);

    public string TimeZone { get; set; } = "Europe/Amsterdam";

    public bool IsOpen(DateTimeOffset now)
    {
        var local = Local(now);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return OpenDays.Contains(local.DayOfWeek) && time >= Opens && time < Closes;
    }

    /// <summary>The next opening, in the team's time zone (at most a week ahead).</summary>
    public DateTimeOffset NextOpening(DateTimeOffset now)
    {
        var local = Local(now);
        for (var day = 0; day <= 7; day++)
        {
            var date = DateOnly.FromDateTime(local.DateTime).AddDays(day);
            var opening = date.ToDateTime(Opens);
            if (OpenDays.Contains(date.DayOfWeek) && opening > local.DateTime)
            {
                return new DateTimeOffset(opening, local.Offset);
            }
        }

        return local;
    }

    /// <summary>"maandag vanaf 09:00" or "on Monday from 09:00"; "vandaag"/"today" when it is later today.</summary>
    public string DescribeNextOpening(DateTimeOffset now, string language)
    {
        var next = NextOpening(now);
        var today = DateOnly.FromDateTime(Local(now).DateTime) == DateOnly.FromDateTime(next.DateTime);
        var culture = CultureInfo.GetCultureInfo(Locales.For(language));
        var time = next.ToString("HH:mm", culture);
        return language == "en"
            ? today ? $"today from {time}" : $"on {next.ToString("dddd", culture)} from {time}"
            : today ? $"vandaag vanaf {time}" : $"{next.ToString("dddd", culture)} vanaf {time}";
    }

    private DateTimeOffset Local(DateTimeOffset now) => TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
}
