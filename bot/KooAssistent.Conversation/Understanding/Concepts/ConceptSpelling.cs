using System.Collections.Frozen;

namespace KooAssistent.Conversation.Understanding.Concepts;

/// <summary>
/// Repairs a misspelt word towards the words of a concept vocabulary ("opgeslote" → "opgesloten", "ademd" → "ademt"):
/// someone in danger types fast. Only words of five letters or more, only one letter off, and the first letter must
/// agree, and a real Dutch word (<see cref="DutchWords"/>) is never changed: "gestopt" is not a slip for "gestompt".
/// A letter too many or too few (at the end, doubled, or a vowel), or two letters swapped, is a slip towards a word
/// of six letters or more; a different letter only where slips are common and real neighbours rare: the Dutch d/t
/// ("ademd", "afscheitsbrief"), one vowel for another in a long word — so "lenen" and "lezen" never become "leven".
/// Words spelt by their sound ("kwyt", "uitgezogt", "bijna" as "beina") are repaired when the sound-alike spelling is
/// itself a key word, from four letters on: that is exact, so it needs no guard of length. Among them a final t for
/// the d that sounds like it ("eint"), and a long vowel doubled where Dutch writes it single ("maaken").
/// </summary>
public sealed class ConceptSpelling
{
    private const int ShortestRepaired = 5;
    private const int ShortestTarget = 6;
    private const int VowelSlipLength = 6;
    private const int ShortestSoundAlike = 4;

    /// <summary>Spellings that sound the same in Dutch, the way someone who writes by ear or with dyslexia mixes them up.</summary>
    private static readonly (string Typed, string Meant)[] SoundAlikes =
    [
        ("y", "ij"), ("ei", "ij"), ("ij", "ei"), ("au", "ou"), ("ou", "au"), ("gt", "cht"), ("dt", "t"), ("dt", "d"), ("ks", "x"),

        // A long vowel written double in an open syllable, as it sounds: "maaken", "leeven", "hoopen".
        ("aa", "a"), ("ee", "e"), ("oo", "o"), ("uu", "u"),
    ];

    private readonly FrozenSet<string> known;
    private readonly FrozenDictionary<char, string[]> byFirstLetter;

    public ConceptSpelling(IEnumerable<string> keyWords)
    {
        ArgumentNullException.ThrowIfNull(keyWords);
        var words = keyWords.Where(word => word.Length >= ShortestRepaired - 1 && word.All(char.IsAsciiLetterLower)).Distinct(StringComparer.Ordinal).ToList();
        known = words.ToFrozenSet(StringComparer.Ordinal);
        byFirstLetter = words.Where(word => word.Length >= ShortestRepaired - 1).GroupBy(word => word[0]).ToFrozenDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>
    /// A separable verb typed in two ("aan gerand", "op gesloten", "in gesloten"): joined when the two together are a key
    /// word, or one slip from one, and the second part alone is neither a key word nor a Dutch word.
    /// </summary>
    public string? Join(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!SeparablePrefixes.Contains(first) || second.Length < 3 || known.Contains(second) || DutchWords.Contains(second))
        {
            return null;
        }

        var joined = Repair(first + second);
        return known.Contains(joined) ? joined : null;
    }

    private static readonly FrozenSet<string> SeparablePrefixes =
        new[] { "aan", "op", "af", "in", "uit", "door", "om", "neer", "mis", "weg", "vast", "dood", "kapot", "over", "onder", "toe" }.ToFrozenSet(StringComparer.Ordinal);

    public string Repair(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < ShortestSoundAlike || known.Contains(word) || DutchWords.Contains(word))
        {
            return word;
        }

        if (SoundAlike(word) is { } heard)
        {
            return heard;
        }

        if (word.Length < ShortestRepaired || !byFirstLetter.TryGetValue(word[0], out var candidates))
        {
            return word;
        }

        foreach (var candidate in candidates)
        {
            if (IsSlipFor(word, candidate))
            {
                return candidate;
            }
        }

        return word;
    }

    private string? SoundAlike(string word)
    {
        // A final d sounds as t, so "eint", "bloet" and "hont" are written by ear for "eind", "bloed" and "hond".
        if (word[^1] == 't' && string.Concat(word.AsSpan(0, word.Length - 1), "d") is var voiced && known.Contains(voiced))
        {
            return voiced;
        }

        foreach (var (typed, meant) in SoundAlikes)
        {
            if (word.Contains(typed, StringComparison.Ordinal) && word.Replace(typed, meant, StringComparison.Ordinal) is var respelt && known.Contains(respelt))
            {
                return respelt;
            }
        }

        return null;
    }

    private static bool IsSlipFor(string typed, string meant)
    {
        var difference = typed.Length - meant.Length;
        if (difference is < -1 or > 1)
        {
            return false;
        }

        return difference == 0
            ? SameLengthSlip(typed, meant)
            : meant.Length >= ShortestTarget && OneInsertedOrDropped(difference > 0 ? typed : meant, difference > 0 ? meant : typed);
    }

    private static bool SameLengthSlip(string typed, string meant)
    {
        var first = -1;
        for (var index = 0; index < typed.Length; index++)
        {
            if (typed[index] == meant[index])
            {
                continue;
            }

            if (first >= 0)
            {
                // A second difference is only a slip when it is the swap of two neighbours ("pilen" for "plien").
                return meant.Length >= ShortestTarget && index == first + 1 && typed[first] == meant[index] && typed[index] == meant[first] && typed.AsSpan(index + 1).SequenceEqual(meant.AsSpan(index + 1));
            }

            first = index;
        }

        if (first < 0)
        {
            return false;
        }

        var (a, b) = (typed[first], meant[first]);
        return (IsDOrT(a) && IsDOrT(b) && (first == typed.Length - 1 || meant.Length >= ShortestTarget))
            || (meant.Length >= VowelSlipLength && IsVowel(a) && IsVowel(b));
    }

    /// <summary>
    /// One letter more in <paramref name="longer"/>, where typing slips: at the end ("opgeslote"), a letter doubled or
    /// not ("pilen"), or a vowel — never a consonant in the middle, so "aangebrand" does not become "aangerand".
    /// </summary>
    private static bool OneInsertedOrDropped(string longer, string shorter)
    {
        var extra = 0;
        while (extra < shorter.Length && longer[extra] == shorter[extra])
        {
            extra++;
        }

        if (!longer.AsSpan(extra + 1).SequenceEqual(shorter.AsSpan(extra)))
        {
            return false;
        }

        var letter = longer[extra];
        return extra == longer.Length - 1 || IsVowel(letter) || (extra > 0 && longer[extra - 1] == letter) || (extra < longer.Length - 1 && longer[extra + 1] == letter);
    }

    private static bool IsDOrT(char letter) => letter is 'd' or 't';

    private static bool IsVowel(char letter) => letter is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
