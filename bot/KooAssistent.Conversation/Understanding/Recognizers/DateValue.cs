using System.Globalization;

namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>
/// A day, or a whole week, month or year, always as an inclusive range so that one shape serves "morgen"
/// (Start = End) and "vorige maand" (1st to last day) alike.
/// </summary>
public sealed record DateValue(DateOnly Start, DateOnly End, DatePrecision Precision) : EntityValue
{
    public static DateValue Day(DateOnly day) => new(day, day, DatePrecision.Day);

    /// <summary>"2027-03-01" for a day, an ISO 8601 interval "2027-03-01/2027-03-31" otherwise.</summary>
    public override string Normalized => Precision == DatePrecision.Day
        ? Format(Start)
        : Format(Start) + "/" + Format(End);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
