using System.Collections.Frozen;
using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Numbers;

/// <summary>
/// Number words as morphemes. Dutch writes a number as one word ("tweeduizendvijfhonderdeenentwintig"), so a Dutch
/// word is cut into morphemes by longest match; English words are one morpheme each ("twenty-one" is two words).
/// </summary>
internal static class NumberLexicon
{
    private const int MaxMorphemesPerWord = 12;

    private static readonly (string Text, NumberMorpheme Morpheme)[] Dutch = [.. DutchWords().OrderByDescending(entry => entry.Text.Length)];

    private static readonly FrozenDictionary<string, NumberMorpheme> English = EnglishWords().ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Appends the morphemes of <paramref name="word"/> when the whole word is a number word in <paramref name="language"/>.</summary>
    public static bool TryLex(string word, Languages language, List<NumberMorpheme> morphemes)
    {
        if (language == Languages.English)
        {
            if (!English.TryGetValue(word, out var morpheme))
            {
                return false;
            }

            morphemes.Add(morpheme);
            return true;
        }

        var found = new List<NumberMorpheme>();
        var position = 0;
        while (position < word.Length)
        {
            var match = Array.FindIndex(Dutch, entry => word.AsSpan(position).StartsWith(entry.Text, StringComparison.Ordinal));
            if (match < 0 || found.Count == MaxMorphemesPerWord)
            {
                return false;
            }

            found.Add(Dutch[match].Morpheme);
            position += Dutch[match].Text.Length;
        }

        morphemes.AddRange(found);
        return found.Count > 0;
    }

    private static IEnumerable<(string Text, NumberMorpheme Morpheme)> DutchWords()
    {
        string[] units = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];
        string[] teens = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"];
        string[] tens = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];
        foreach (var entry in Numbered(units, teens, tens))
        {
            yield return entry.Text == "een" ? (entry.Text, entry.Morpheme with { MaybeArticle = true }) : entry;
        }

        yield return ("achtien", new(MorphemeKind.Teen, 18)); // the common misspelling
        yield return ("nul", new(MorphemeKind.Zero, 0));
        yield return ("honderd", new(MorphemeKind.Hundred, 100));
        yield return ("duizend", new(MorphemeKind.Scale, 1_000));
        yield return ("miljoen", new(MorphemeKind.Scale, 1_000_000));
        yield return ("miljard", new(MorphemeKind.Scale, 1_000_000_000));
        yield return ("en", new(MorphemeKind.And, 0));
        yield return ("half", new(MorphemeKind.Half, 0.5m));
        yield return ("halve", new(MorphemeKind.Half, 0.5m));
        yield return ("anderhalf", new(MorphemeKind.OneAndAHalf, 1.5m));
        yield return ("anderhalve", new(MorphemeKind.OneAndAHalf, 1.5m));
    }

    private static IEnumerable<KeyValuePair<string, NumberMorpheme>> EnglishWords()
    {
        string[] units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        foreach (var (text, morpheme) in Numbered(units, teens, tens))
        {
            yield return new(text, morpheme);
        }

        yield return new("zero", new(MorphemeKind.Zero, 0));
        yield return new("hundred", new(MorphemeKind.Hundred, 100));
        yield return new("thousand", new(MorphemeKind.Scale, 1_000));
        yield return new("million", new(MorphemeKind.Scale, 1_000_000));
        yield return new("billion", new(MorphemeKind.Scale, 1_000_000_000));
        yield return new("and", new(MorphemeKind.And, 0));
        yield return new("half", new(MorphemeKind.Half, 0.5m));
        yield return new("a", new(MorphemeKind.Article, 1));
        yield return new("an", new(MorphemeKind.Article, 1));
    }

    private static IEnumerable<(string Text, NumberMorpheme Morpheme)> Numbered(string[] units, string[] teens, string[] tens)
    {
        for (var index = 0; index < units.Length; index++)
        {
            yield return (units[index], new(MorphemeKind.Unit, index + 1));
        }

        for (var index = 0; index < teens.Length; index++)
        {
            yield return (teens[index], new(MorphemeKind.Teen, index + 10));
        }

        for (var index = 0; index < tens.Length; index++)
        {
            yield return (tens[index], new(MorphemeKind.Tens, (index + 2) * 10));
        }
    }
}
