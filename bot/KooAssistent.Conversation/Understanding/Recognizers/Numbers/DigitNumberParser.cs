using System.Globalization;

namespace KooAssistent.Conversation.Understanding.Recognizers.Numbers;

/// <summary>
/// Reads digits with thousands and decimal separators. With both separators the last one is the decimal one
/// ("1.250,50", "1,250.50"). With one separator and exactly three digits after it the language decides: Dutch
/// "1.250" is 1250 and "1,250" is 1.25, English the other way round; unknown language reads as Dutch.
/// </summary>
internal static class DigitNumberParser
{
    // decimal holds 28-29 significant digits; anything longer is an identifier, not a quantity.
    private const int MaxDigits = 27;

    public static ParsedDigits? Parse(IReadOnlyList<string> groups, IReadOnlyList<char> separators, bool english)
    {
        if (separators.Count == 0)
        {
            return Both(Whole(groups[0]));
        }

        var decimalSeparator = separators[^1];
        if (separators.Distinct().Count() > 1)
        {
            var valid = separators.Count(separator => separator == decimalSeparator) == 1 && AreThousands(groups, groups.Count - 1);
            return valid ? Both(Fraction(string.Concat(groups.Take(groups.Count - 1)), groups[^1])) : null;
        }

        if (separators.Count > 1)
        {
            return AreThousands(groups, groups.Count) ? Both(Whole(string.Concat(groups))) : null;
        }

        if (groups[1].Length != 3 || groups[0].Length > 3)
        {
            return Both(Fraction(groups[0], groups[1]));
        }

        var thousands = Whole(groups[0] + groups[1]);
        var fraction = Fraction(groups[0], groups[1]);
        if (thousands is null || fraction is null)
        {
            return null;
        }

        var readsAsThousands = (decimalSeparator == '.') != english;
        return new ParsedDigits(readsAsThousands ? thousands.Value : fraction.Value, thousands.Value);
    }

    private static bool AreThousands(IReadOnlyList<string> groups, int count) =>
        groups[0].Length <= 3 && groups.Skip(1).Take(count - 1).All(group => group.Length == 3);

    private static ParsedDigits? Both(decimal? value) => value is { } number ? new ParsedDigits(number, number) : null;

    private static decimal? Whole(string digits) => Parse(digits);

    private static decimal? Fraction(string whole, string fraction) => Parse(whole + "." + fraction);

    private static decimal? Parse(string text) =>
        text.Length <= MaxDigits + 1 && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
