using System.Collections.Frozen;
using System.Text;

namespace KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

/// <summary>
/// Finds IBANs with or without spaces, in any case. For countries in the length table the exact length is read
/// (single spaces allowed anywhere, also "NL 91 ..."), so "NL91 ABNA 0417 1643 00 en" stops at the right place; other
/// countries are read as one unspaced run of 15-34 characters. Every IBAN has at least ten digits, which keeps words out.
/// </summary>
internal static class IbanScanner
{
    private const int MinLength = 15;
    private const int MaxLength = 34;
    private const int MinDigits = 10;

    // Lengths from the SWIFT IBAN Registry: the EU/EEA, the UK and Switzerland, and neighbours whose banks residents
    // still use (Bosnia, Serbia, Turkey, Ukraine). Other countries are still read, as one unspaced run.
    private static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>
    {
        ["AD"] = 24, ["AT"] = 20, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22, ["CH"] = 21, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22,
        ["DK"] = 18, ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GI"] = 23, ["GL"] = 18,
        ["GR"] = 27, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IS"] = 26, ["IT"] = 27, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20,
        ["LV"] = 21, ["MC"] = 27, ["MT"] = 31, ["NL"] = 18, ["NO"] = 15, ["PL"] = 28, ["PT"] = 25, ["RO"] = 24,
        ["RS"] = 22, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["TR"] = 26, ["UA"] = 29,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<IbanCandidate> Find(string folded)
    {
        for (var start = 0; start + 4 <= folded.Length; start++)
        {
            if (!char.IsAsciiLetter(folded[start]) || !char.IsAsciiLetter(folded[start + 1]) || (start > 0 && char.IsLetterOrDigit(folded[start - 1])))
            {
                continue;
            }

            var country = folded.Substring(start, 2).ToUpperInvariant();
            var known = Lengths.TryGetValue(country, out var length);
            var checkDigits = known && folded[start + 2] == ' ' ? start + 3 : start + 2;
            if (checkDigits + 2 > folded.Length || !char.IsAsciiDigit(folded[checkDigits]) || !char.IsAsciiDigit(folded[checkDigits + 1]))
            {
                continue;
            }

            var (code, end) = known ? Read(folded, start, length, allowSpaces: true) : Read(folded, start, MaxLength, allowSpaces: false);
            if (code.Length < MinLength || (known && code.Length != length) || (end < folded.Length && char.IsLetterOrDigit(folded[end]))
                || code.Count(char.IsAsciiDigit) < MinDigits)
            {
                continue;
            }

            var shaped = country != "NL" || IsDutchShape(code);
            var isValid = shaped && Checksums.PassesMod97(code);
            var isLookalike = !isValid && known && shaped;
            if (isValid || isLookalike)
            {
                yield return new IbanCandidate(start, end, code, isValid, isLookalike);
            }
        }
    }

    private static (string Code, int End) Read(string folded, int start, int length, bool allowSpaces)
    {
        var code = new StringBuilder(length);
        var position = start;
        while (code.Length < length && position < folded.Length)
        {
            var character = folded[position];
            if (char.IsAsciiLetterOrDigit(character))
            {
                code.Append(char.ToUpperInvariant(character));
            }
            else if (!(allowSpaces && character == ' ' && position + 1 < folded.Length && char.IsAsciiLetterOrDigit(folded[position + 1])))
            {
                break;
            }

            position++;
        }

        return (code.ToString(), position);
    }

    /// <summary>NL, two check digits, a four-letter bank code, ten digits.</summary>
    private static bool IsDutchShape(string code) =>
        code.Length == 18 && code.AsSpan(4, 4).IndexOfAnyExceptInRange('A', 'Z') < 0 && code.AsSpan(8).IndexOfAnyExceptInRange('0', '9') < 0;
}
