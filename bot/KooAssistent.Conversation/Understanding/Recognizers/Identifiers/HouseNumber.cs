namespace KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

/// <summary>
/// The house number next to a postcode, with an addition when typed: "12", "12-3", "5a", "12 hs", "12-II".
/// Before the postcode it needs a comma or a street name to lean on ("Hoofdstraat 12 5211 AB"), because a bare
/// number before a postcode is as often something else ("sinds 2019 5211 AB").
/// </summary>
internal static class HouseNumber
{
    private const int MaxDigits = 5;
    private const int MaxAddition = 4;

    private static readonly string[] Additions = ["hs", "bis", "bg", "zw", "ii", "iii", "iv"];

    private static readonly string[] StreetEndings =
        ["straat", "str", "laan", "weg", "plein", "singel", "gracht", "kade", "dreef", "hof", "dijk", "markt", "steeg", "pad", "park", "ring", "baan", "wal", "haven", "veld", "erf", "plaats", "poort", "dam", "hoek", "lei"];

    public static (int End, string Number)? After(string text, int postcodeEnd)
    {
        var start = SkipSeparators(text, postcodeEnd);
        if (start >= text.Length || text[start] is < '1' or > '9')
        {
            return null;
        }

        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - start < MaxDigits)
        {
            end++;
        }

        end = WithAddition(text, end);
        var continues = end < text.Length && (char.IsLetterOrDigit(text[end])
            || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));
        return continues ? null : (end, Normalize(text[start..end]));
    }

    public static (int Start, string Number)? Before(string text, int postcodeStart)
    {
        var end = postcodeStart;
        while (end > 0 && text[end - 1] == ' ' && postcodeStart - end < 2)
        {
            end--;
        }

        var comma = end > 0 && text[end - 1] == ',';
        if (comma)
        {
            end--;
            while (end > 0 && text[end - 1] == ' ' && postcodeStart - end < 4)
            {
                end--;
            }
        }

        var start = end > 1 && char.IsAsciiLetter(text[end - 1]) && char.IsAsciiDigit(text[end - 2]) ? end - 1 : end;
        var digitsEnd = start;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]) && digitsEnd - start < MaxDigits)
        {
            start--;
        }

        if (start == digitsEnd || text[start] == '0' || (start > 0 && text[start - 1] != ' ') || end == postcodeStart)
        {
            return null;
        }

        return comma || FollowsStreetName(text, start) ? (start, Normalize(text[start..end])) : null;
    }

    private static int SkipSeparators(string text, int position)
    {
        var start = position;
        while (position < text.Length && position - start < 4 && text[position] is ' ' or ',')
        {
            position++;
        }

        return text.AsSpan(start, position - start).Count(',') <= 1 ? position : start;
    }

    private static int WithAddition(string text, int end)
    {
        var position = end < text.Length && text[end] is '-' or ' ' ? end + 1 : end;
        var additionEnd = position;
        while (additionEnd < text.Length && char.IsAsciiLetterOrDigit(text[additionEnd]) && additionEnd - position < MaxAddition)
        {
            additionEnd++;
        }

        var addition = text[position..additionEnd];
        var spaced = position > end && text[end] == ' ';
        var fits = text[end..position] == "-"
            ? addition.Length > 0
            : (!spaced && addition.Length == 1 && char.IsAsciiLetter(addition[0])) || Additions.Contains(addition);
        var free = additionEnd >= text.Length || !char.IsLetterOrDigit(text[additionEnd]);
        return fits && free ? additionEnd : end;
    }

    private static bool FollowsStreetName(string text, int numberStart)
    {
        var wordEnd = numberStart - 1;
        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..wordEnd];
        return word.Length > 2 && StreetEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal));
    }

    private static string Normalize(string number) => number.Replace(' ', '-').ToUpperInvariant();
}
