using System.Globalization;
using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Time;

/// <summary>
/// Dates with a month name: "1 maart", "1e maart 2027", "maandag 3 maart", "March 1st", "the 1st of March, 2027";
/// a month with a year ("maart 2027") or after a preposition ("sinds maart", "in May") is the whole month.
/// A date without a year is the occurrence nearest to the reference date (<see cref="DateMath.Nearest"/>), except
/// after "sinds"/"since", which always looks back.
/// </summary>
internal sealed class NamedDateRecognizer : IEntityRecognizer
{
    private static readonly WordTable<bool> Since = WordSet.Of(["sinds"], ["since"]);

    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        for (var index = 0; index < input.Tokens.Count; index++)
        {
            if ((DayFirst(input, index) ?? MonthFirst(input, index) ?? MonthAfterPreposition(input, index)) is { } date)
            {
                candidates.Add(date);
            }
        }
    }

    private static RecognizedEntity? DayFirst(RecognitionInput input, int first)
    {
        if (DayAt(input, first, out var next) is not { } day)
        {
            return null;
        }

        if (input.IsWord(next, "of") && input.Languages.HasFlag(Languages.English))
        {
            next++;
        }

        if (!input.TryWord(next, CalendarWords.Months, out var month))
        {
            return null;
        }

        var last = WithAbbreviationDot(input, next);
        var year = YearAfter(input, ref last);
        var date = year is { } known ? DateMath.Create(known, month, day) : WithoutYear(input, first, month, day);
        return date is { } found ? input.EntityOfTokens(EntityKind.Date, WithWeekday(input, first), last, DateValue.Day(found)) : null;
    }

    private static RecognizedEntity? MonthFirst(RecognitionInput input, int first)
    {
        if (!input.TryWord(first, CalendarWords.FullMonths, out var month))
        {
            return null;
        }

        var last = first;
        if (YearAfter(input, ref last) is { } year)
        {
            return DateMath.Month(year, month) is { } whole ? input.EntityOfTokens(EntityKind.Date, first, last, whole) : null;
        }

        if (DayAt(input, first + 1, out var next) is not { } day)
        {
            return null;
        }

        last = next - 1;
        var date = YearAfter(input, ref last) is { } known ? DateMath.Create(known, month, day) : WithoutYear(input, first, month, day);
        return date is { } found ? input.EntityOfTokens(EntityKind.Date, WithWeekday(input, first), last, DateValue.Day(found)) : null;
    }

    private static RecognizedEntity? MonthAfterPreposition(RecognitionInput input, int index)
    {
        if (!input.IsWord(index - 1, CalendarWords.MonthPrepositions) || !input.TryWord(index, CalendarWords.FullMonths, out var month))
        {
            return null;
        }

        var whole = input.IsWord(index - 1, Since) ? DateMath.PastMonth(input.ReferenceDate, month) : DateMath.NearestMonth(input.ReferenceDate, month);
        return whole is null ? null : input.EntityOfTokens(EntityKind.Date, index, index, whole);
    }

    private static DateOnly? WithoutYear(RecognitionInput input, int first, int month, int day) =>
        input.IsWord(WithWeekday(input, first) - 1, Since) ? DateMath.Past(input.ReferenceDate, month, day) : DateMath.Nearest(input.ReferenceDate, month, day);

    /// <summary>A day of the month at <paramref name="index"/>, with its ordinal suffix ("1e", "2nd") if any.</summary>
    private static int? DayAt(RecognitionInput input, int index, out int next)
    {
        next = index + 1;
        if (!input.IsDigits(index) || input.Tokens[index].Length > 2 || (input.IsGlued(index) && input.Tokens[index - 1].Kind != TokenKind.Symbol))
        {
            return null;
        }

        if (input.IsGlued(next) && input.Tokens[next].Text is ":" or "." or ",")
        {
            return null; // a time ("10:30") or a number ("1.250"), not a day
        }

        var day = int.Parse(input.Tokens[index].Text, CultureInfo.InvariantCulture);
        if (input.IsGlued(next) && input.IsWord(next, CalendarWords.OrdinalSuffixes))
        {
            next++;
        }

        return day is >= 1 and <= 31 ? day : null;
    }

    private static int WithAbbreviationDot(RecognitionInput input, int month) =>
        input.IsSymbol(month + 1, '.') && input.IsGlued(month + 1) && input.Tokens[month].Length <= 4 ? month + 1 : month;

    /// <summary>A four-digit year after <paramref name="last"/>, optionally after a comma; moves <paramref name="last"/> onto it.</summary>
    private static int? YearAfter(RecognitionInput input, ref int last)
    {
        var index = input.IsSymbol(last + 1, ',') ? last + 2 : last + 1;
        if (!input.IsDigits(index) || input.Tokens[index].Length != 4 || !input.EndsFreely(index) || (input.IsGlued(index + 1) && input.IsDigits(index + 2)))
        {
            return null;
        }

        var year = int.Parse(input.Tokens[index].Text, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2100)
        {
            return null;
        }

        last = index;
        return year;
    }

    /// <summary>"maandag 3 maart" and "Monday, March 3rd" include the weekday.</summary>
    private static int WithWeekday(RecognitionInput input, int first)
    {
        if (input.IsWord(first - 1, CalendarWords.Weekdays))
        {
            return first - 1;
        }

        return input.IsSymbol(first - 1, ',') && input.IsWord(first - 2, CalendarWords.Weekdays) ? first - 2 : first;
    }
}
