using System.Globalization;
using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Time;

/// <summary>
/// Dates in digits, day first as in the Netherlands: "01-03-2027", "1/3/27", "1.3.2027", ISO "2027-03-01", and "1/3"
/// without a year (slash only: "1-2" is far more often "one or two", and "1.3" a decimal).
/// </summary>
internal sealed class NumericDateRecognizer : IEntityRecognizer
{
    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        for (var first = 0; first < input.Tokens.Count; first++)
        {
            if (Read(input, first) is { } date)
            {
                candidates.Add(date);
            }
        }
    }

    private static RecognizedEntity? Read(RecognitionInput input, int first)
    {
        if (!input.IsDigits(first) || ContinuesBefore(input, first))
        {
            return null;
        }

        var separator = SeparatorAt(input, first + 1);
        if (separator is null || !input.IsDigits(first + 2) || !input.IsGlued(first + 2))
        {
            return null;
        }

        var hasYear = SeparatorAt(input, first + 3) == separator && input.IsDigits(first + 4) && input.IsGlued(first + 4);
        var last = hasYear ? first + 4 : first + 2;
        var continues = (SeparatorAt(input, last + 1) is not null && input.IsDigits(last + 2))
            || (input.IsGlued(last + 1) && input.Tokens[last + 1].Kind == TokenKind.Word);
        if (continues)
        {
            return null;
        }

        var parts = new[] { first, first + 2, last }.Select(index => input.Tokens[index].Text).ToArray();
        var day = hasYear ? Resolve(input.ReferenceDate, parts) : separator == '/' ? WithoutYear(input.ReferenceDate, parts) : null;
        return day is { } found ? input.EntityOfTokens(EntityKind.Date, first, last, DateValue.Day(found)) : null;
    }

    /// <summary>Glued to a word, or to a separator that makes it the tail of something longer ("2.01-03").</summary>
    private static bool ContinuesBefore(RecognitionInput input, int first) =>
        input.IsGlued(first) && (input.Tokens[first - 1].Kind != TokenKind.Symbol || input.Tokens[first - 1].Text is "-" or "/" or "." or ",");

    private static char? SeparatorAt(RecognitionInput input, int index) =>
        input.IsGlued(index) && input.Tokens[index].Text is "-" or "/" or "." ? input.Tokens[index].Text[0] : null;

    private static DateOnly? Resolve(DateOnly reference, string[] parts)
    {
        if (parts[0].Length == 4 && parts[1].Length <= 2 && parts[2].Length <= 2)
        {
            return DateMath.Create(Number(parts[0]), Number(parts[1]), Number(parts[2]));
        }

        if (parts[0].Length > 2 || parts[1].Length > 2 || parts[2].Length is not (2 or 4))
        {
            return null;
        }

        var year = Number(parts[2]);
        if (parts[2].Length == 2)
        {
            // "12-03-85" is a birth date: a two-digit year more than a few years ahead is the previous century.
            year += year > (reference.Year % 100) + 5 ? 1900 : 2000;
        }

        return DateMath.Create(year, Number(parts[1]), Number(parts[0]));
    }

    private static DateOnly? WithoutYear(DateOnly reference, string[] parts) =>
        parts[0].Length <= 2 && parts[1].Length <= 2 ? DateMath.Nearest(reference, Number(parts[1]), Number(parts[0])) : null;

    private static int Number(string digits) => digits.Length <= 4 ? int.Parse(digits, CultureInfo.InvariantCulture) : 0;
}
