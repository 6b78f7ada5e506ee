using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Time;

/// <summary>
/// Dates relative to the reference date: "morgen", "overmorgen", "gisteren", "volgende week", "vorige maand",
/// "dit jaar", "maandag", "afgelopen vrijdag", "eind van de maand", "begin volgend jaar"; "tomorrow", "next week",
/// "last Monday", "end of the month". Choices, so that everyone reads them the same:
/// a week is Monday to Sunday; a weekday on its own, or with "deze"/"volgende"/"next", is the first such day after
/// the reference date, and with "vorige"/"afgelopen"/"last" the last one before it; "afgelopen jaar" is the previous
/// calendar year; "eind" and "begin" of a month or year are its last and first day (of a week they are too vague).
/// </summary>
internal sealed class RelativeDateRecognizer : IEntityRecognizer
{
    private static readonly WordTable<bool> Articles = WordSet.Of(["de", "het"], ["the"]);
    private static readonly WordTable<bool> Of = WordSet.Of(["van"], ["of"]);

    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        for (var index = 0; index < input.Tokens.Count; index++)
        {
            if (Read(input, index, out var last) is { } date)
            {
                candidates.Add(input.EntityOfTokens(EntityKind.Date, index, last, date));
            }
        }
    }

    private static DateValue? Read(RecognitionInput input, int index, out int last) =>
        RelativeDay(input, index, out last) ?? Edge(input, index, out last) ?? Relative(input, index, out last);

    private static DateValue? RelativeDay(RecognitionInput input, int index, out int last)
    {
        last = index;
        if (input.IsWord(index, "day") && input.TryWord(index + 2, CalendarWords.RelativeDays, out var from) && from != 0
            && input.IsWord(index + 1, from > 0 ? "after" : "before"))
        {
            last = index + 2;
            return Day(input.ReferenceDate, from * 2);
        }

        return input.TryWord(index, CalendarWords.RelativeDays, out var offset) ? Day(input.ReferenceDate, offset) : null;
    }

    private static DateValue? Relative(RecognitionInput input, int index, out int last)
    {
        last = index;
        var hasModifier = input.TryWord(index, CalendarWords.PeriodModifiers, out var direction);
        var target = hasModifier ? index + 1 : index;
        if (hasModifier && input.TryWord(target, CalendarWords.Periods, out var precision))
        {
            last = target;
            return Period(input.ReferenceDate, precision, direction);
        }

        if (!input.TryWord(target, CalendarWords.Weekdays, out var weekday))
        {
            return null;
        }

        last = target;
        var reference = input.ReferenceDate;
        var days = direction < 0
            ? -(((int)reference.DayOfWeek - (int)weekday + 6) % 7) - 1
            : (((int)weekday - (int)reference.DayOfWeek + 6) % 7) + 1;
        return Day(reference, days);
    }

    private static DateValue? Edge(RecognitionInput input, int index, out int last)
    {
        last = index;
        if (!input.TryWord(index, CalendarWords.PeriodEdges, out var atEnd))
        {
            return null;
        }

        var next = input.IsWord(index + 1, Of) ? index + 2 : index + 1;
        next = input.IsWord(next, Articles) ? next + 1 : next;
        var reference = input.ReferenceDate;
        DateValue? period = null;
        if (input.TryWord(next, CalendarWords.Periods, out var precision))
        {
            (period, last) = (Period(reference, precision, 0), next);
        }
        else if (input.TryWord(next, CalendarWords.PeriodModifiers, out var direction) && input.TryWord(next + 1, CalendarWords.Periods, out precision))
        {
            (period, last) = (Period(reference, precision, direction), next + 1);
        }
        else if (input.TryWord(next, CalendarWords.FullMonths, out var month))
        {
            (period, last) = (DateMath.NearestMonth(reference, month), next);
        }

        if (period is not { Precision: DatePrecision.Month or DatePrecision.Year } whole)
        {
            return null;
        }

        return DateValue.Day(atEnd ? whole.End : whole.Start);
    }

    private static DateValue? Period(DateOnly reference, DatePrecision precision, int direction) => precision switch
    {
        DatePrecision.Week => DateMath.AddDays(reference, 7L * direction) is { } day ? DateMath.Week(day) : null,
        DatePrecision.Month => DateMath.AddMonths(reference, direction) is { } day ? DateMath.Month(day.Year, day.Month) : null,
        _ => DateMath.Year(reference.Year + direction),
    };

    private static DateValue? Day(DateOnly reference, int days) =>
        DateMath.AddDays(reference, days) is { } day ? DateValue.Day(day) : null;
}
