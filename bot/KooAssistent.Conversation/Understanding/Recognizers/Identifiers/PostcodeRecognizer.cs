using System.Collections.Frozen;
using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

/// <summary>
/// Dutch postcodes ("5211 AB", "5211ab": first digit never 0, letters never SA, SD or SS), and with a house number
/// after ("5211 AB 12-3", "5211 AB, 12", "5211AB 5a") or before it ("Hoofdstraat 12, 5211 AB") as an address.
/// </summary>
internal sealed class PostcodeRecognizer : IEntityRecognizer
{
    // Two-letter words that often follow a number ("1250 op", "sinds 2023 en"): a postcode only when typed in capitals.
    private static readonly FrozenSet<string> CommonWords = new[]
    {
        "al", "am", "an", "as", "at", "be", "by", "ca", "cm", "da", "de", "di", "do", "en", "er", "eu", "ga", "he", "ie", "if", "ik",
        "in", "is", "it", "ja", "je", "jr", "kg", "km", "ma", "me", "mg", "ml", "mm", "my", "na", "nl", "no", "nr", "nu", "of", "ok",
        "om", "on", "op", "or", "pm", "so", "st", "te", "to", "tv", "up", "us", "uw", "vr", "we", "wo", "za", "ze", "zo",
    }.ToFrozenSet(StringComparer.Ordinal);

    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        var text = input.Folded;
        var shouting = IsShouting(input.Original);
        for (var start = 0; start + 6 <= text.Length; start++)
        {
            if (Postcode(input, start, shouting) is not { } postcode)
            {
                continue;
            }

            candidates.Add(input.Entity(EntityKind.Postcode, start, postcode.End, new AddressValue(postcode.Code, null)));
            if (HouseNumber.After(text, postcode.End) is { } after)
            {
                candidates.Add(input.Entity(EntityKind.Address, start, after.End, new AddressValue(postcode.Code, after.Number)));
            }
            else if (HouseNumber.Before(text, start) is { } before)
            {
                candidates.Add(input.Entity(EntityKind.Address, before.Start, postcode.End, new AddressValue(postcode.Code, before.Number)));
            }
        }
    }

    private static (int End, string Code)? Postcode(RecognitionInput input, int start, bool shouting)
    {
        var text = input.Folded;
        if (text[start] is < '1' or > '9' || (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            || text.AsSpan(start + 1, 3).IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return null;
        }

        var letters = start + 4;
        if (text[letters] == ' ')
        {
            letters++;
        }

        if (letters + 2 > text.Length || !char.IsAsciiLetter(text[letters]) || !char.IsAsciiLetter(text[letters + 1])
            || (letters + 2 < text.Length && char.IsLetter(text[letters + 2])))
        {
            return null;
        }

        var pair = text.Substring(letters, 2);
        var capitals = char.IsAsciiLetterUpper(input.Original[letters]) && char.IsAsciiLetterUpper(input.Original[letters + 1]);
        if (pair is "sa" or "sd" or "ss" || (CommonWords.Contains(pair) && (!capitals || shouting)))
        {
            return null;
        }

        return (letters + 2, string.Concat(text.AsSpan(start, 4), " ", pair.ToUpperInvariant()));
    }

    /// <summary>A message in capitals tells nothing by its capitals: "IK BETAAL 1250 EN MEER" has no postcode.</summary>
    private static bool IsShouting(string text)
    {
        int letters = 0, capitals = 0;
        foreach (var character in text)
        {
            if (char.IsLetter(character))
            {
                letters++;
                capitals += char.IsUpper(character) ? 1 : 0;
            }
        }

        return letters >= 12 && capitals * 10 > letters * 7;
    }
}
