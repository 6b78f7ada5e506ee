using System.Globalization;
using System.Text;

namespace KooAssistent.Conversation.Understanding.Recognizers.Scanning;

/// <summary>
/// A copy of the text that is easy to match and exactly as long as the original, so every index found in it is an
/// index in what the resident typed. Unlike <see cref="Text.TextNormalizer"/> (which collapses punctuation for search)
/// it folds one character to one character: lower case, accents off ("tweeënhalf" → "tweeenhalf"), full-width digits
/// plain, every kind of space a space and every kind of dash a hyphen.
/// </summary>
internal static class FoldedText
{
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (folded, source) =>
        {
            for (var index = 0; index < source.Length; index++)
            {
                folded[index] = Fold(source[index]);
            }
        });

    private static char Fold(char character)
    {
        if (char.IsAscii(character))
        {
            return char.IsWhiteSpace(character) ? ' ' : char.ToLowerInvariant(character);
        }

        if (char.IsSurrogate(character))
        {
            return character;
        }

        if (char.IsWhiteSpace(character))
        {
            return ' ';
        }

        return character switch
        {
            '‐' or '‑' or '‒' or '–' or '—' or '−' => '-',
            '’' or '‘' or '´' or '`' => '\'',
            _ => char.ToLowerInvariant(BaseCharacter(character)),
        };
    }

    /// <summary>The character without its accents, or itself when it does not decompose to exactly one base character.</summary>
    private static char BaseCharacter(char character)
    {
        string decomposed;
        try
        {
            decomposed = character.ToString().Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // Unassigned or non-characters cannot be normalised; they are never part of an entity anyway.
            return character;
        }

        char? found = null;
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (found is not null)
            {
                return character;
            }

            found = part;
        }

        return found ?? character;
    }
}
