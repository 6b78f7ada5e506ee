namespace KooAssistent.Conversation.Understanding.Recognizers.Time;

/// <summary>Calendar arithmetic that answers null instead of throwing at the ends of the calendar.</summary>
internal static class DateMath
{
    // Beyond this, "over 100000 jaar" is not a date anyone means, and the conversions below stay in range.
    private const decimal MaxOffset = 100_000m;

    public static DateOnly? Create(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    public static DateOnly? AddDays(DateOnly date, long days)
    {
        var number = date.DayNumber + days;
        return number >= DateOnly.MinValue.DayNumber && number <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)number) : null;
    }

    public static DateOnly? AddMonths(DateOnly date, long months)
    {
        var index = (date.Year * 12L) + date.Month - 1 + months;
        var year = index / 12;
        if (year is < 1 or > 9999)
        {
            return null;
        }

        var month = (int)(index % 12) + 1;
        return new DateOnly((int)year, month, Math.Min(date.Day, DateTime.DaysInMonth((int)year, month)));
    }

    /// <summary>
    /// The day <paramref name="amount"/> units from <paramref name="date"/> (negative for the past). Fractions of a
    /// month count as 30 days: "over anderhalve maand" is a month and 15 days.
    /// </summary>
    public static DateOnly? Offset(DateOnly date, decimal amount, DurationUnit unit)
    {
        if (Math.Abs(amount) > MaxOffset)
        {
            return null;
        }

        return unit switch
        {
            DurationUnit.Days => AddDays(date, (long)Math.Round(amount)),
            DurationUnit.Weeks => AddDays(date, (long)Math.Round(amount * 7)),
            DurationUnit.Months => AddMonthsAndFraction(date, amount),
            _ => AddMonthsAndFraction(date, amount * 12),
        };
    }

    public static DateValue? Week(DateOnly day)
    {
        var monday = AddDays(day, -(((int)day.DayOfWeek + 6) % 7));
        var sunday = monday is { } start ? AddDays(start, 6) : null;
        return monday is { } first && sunday is { } last ? new DateValue(first, last, DatePrecision.Week) : null;
    }

    public static DateValue? Month(int year, int month) =>
        Create(year, month, 1) is { } first ? new DateValue(first, new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month) : null;

    public static DateValue? Year(int year) =>
        year is >= 1 and <= 9999 ? new DateValue(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year) : null;

    /// <summary>
    /// The year for a date typed without one: the occurrence nearest to the reference date, so "3 januari" typed in
    /// late December is next month and "1 december" typed in January is last month. A tie goes to the future.
    /// </summary>
    public static DateOnly? Nearest(DateOnly reference, int month, int day) =>
        new[] { reference.Year - 1, reference.Year, reference.Year + 1 }
            .Select(year => Create(year, month, day))
            .OfType<DateOnly>()
            .OrderBy(date => Math.Abs(date.DayNumber - reference.DayNumber))
            .ThenByDescending(date => date.DayNumber)
            .Select(date => (DateOnly?)date)
            .FirstOrDefault();

    /// <summary>A month typed without a year, by the same rule as <see cref="Nearest"/>.</summary>
    public static DateValue? NearestMonth(DateOnly reference, int month)
    {
        var distance = month - reference.Month;
        var year = distance > 6 ? reference.Year - 1 : distance <= -6 ? reference.Year + 1 : reference.Year;
        return Month(year, month);
    }

    /// <summary>The latest such day on or before the reference date: "sinds 1 december" is in the past.</summary>
    public static DateOnly? Past(DateOnly reference, int month, int day) =>
        new[] { reference.Year, reference.Year - 1 }
            .Select(year => Create(year, month, day))
            .FirstOrDefault(date => date is { } found && found <= reference);

    /// <summary>The latest such month that has begun by the reference date: "sinds maart" typed in January is last March.</summary>
    public static DateValue? PastMonth(DateOnly reference, int month) => Month(month <= reference.Month ? reference.Year : reference.Year - 1, month);

    private static DateOnly? AddMonthsAndFraction(DateOnly date, decimal months)
    {
        var whole = decimal.Truncate(months);
        var moved = AddMonths(date, (long)whole);
        return moved is { } day ? AddDays(day, (long)Math.Round((months - whole) * 30)) : null;
    }
}
