using System.Globalization;
using System.Text;

namespace KooAssistent.Conversation.Understanding.Text;

/// <summary>
/// The one way the brain reads what residents type, shared by search and by the detectors: lower case, accents
/// folded (ideeën → ideeen, café → cafe) so "tweeënhalf" and "tweeenhalf" are the same, typographic quotes and
/// dashes made plain, and tokens that survive emoji, punctuation and ALL CAPS.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Lower-cased, accents folded, every run of non-letters/digits (except an apostrophe or hyphen inside a word) a single space.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        for (var index = 0; index < decomposed.Length; index++)
        {
            var character = decomposed[index];
            var category = CharUnicodeInfo.GetUnicodeCategory(character);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (char.IsLetterOrDigit(character) || (IsJoiner(character) && IsInsideWord(decomposed, index)))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(IsJoiner(character) ? PlainJoiner(character) : char.ToLowerInvariant(character));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// One word as <see cref="Normalize"/> leaves it, lower case with accents folded, but with every other character
    /// kept: word lists are written with accents ("suïcidaal", "cliënten") and with pattern marks, and must meet the
    /// folded text.
    /// </summary>
    public static string FoldWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var decomposed = word.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
        }

        return builder.ToString();
    }

    /// <summary>The words of <see cref="Normalize"/>, in order.</summary>
    public static IReadOnlyList<string> Tokenize(string text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsJoiner(char character) => character is '\'' or '’' or '‘' or '-' or '‐' or '‑';

    private static char PlainJoiner(char character) => character is '-' or '‐' or '‑' ? '-' : '\'';

    private static bool IsInsideWord(string text, int index) =>
        index > 0 && index < text.Length - 1 && char.IsLetterOrDigit(text[index - 1]) && char.IsLetterOrDigit(text[index + 1]);
}
