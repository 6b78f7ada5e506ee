using System.Collections.Frozen;
using KooAssistent.Conversation.Knowledge.Analysis;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>
/// Repairs the spelling of the words the crisis patterns hang on, before they look: chat shorthand ("nt", "dr",
/// "mn"; "nie" for "niet" stays, it is Polish for "not", so the patterns accept it) and one-letter slips in the key words ("lven", "vermoorde", "afscheitsbrief"). Someone in danger types
/// fast; a missed crisis is the worst failure. Only words of four letters or more are repaired, only towards this
/// short list of words of five letters or more, and only when the first letter agrees. A short key word is only reached by a letter too many, too
/// few or swapped, never by a different letter: "lenen" and "lezen" are words of their own, not a slip for "leven".
/// </summary>
internal static class CrisisSpelling
{
    private static readonly FrozenDictionary<string, string> Shorthand = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nt"] = "niet",
        ["nit"] = "niet",
        ["dr"] = "er",
        ["d'r"] = "er",
        ["mn"] = "mijn",
        ["m'n"] = "mijn",
        ["wl"] = "wil",
        ["mise"] = "missen",
        ["misse"] = "missen",
        ["lve"] = "leven",
        ["lven"] = "leven",
        ["leve"] = "leven",
        ["dod"] = "dood",
        ["doood"] = "dood",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] KeyWords =
    [
        "leven", "sterven", "missen", "uitweg", "wakker", "zelfmoord", "afscheidsbrief", "vermoorden", "vermoordt",
        "doodmaken", "doodsteken", "neersteken", "verkracht", "verkrachting", "mishandelt", "mishandeld", "aangerand",
        "pillen", "slaappillen", "tabletten", "overdosis", "bewusteloos", "niemand", "naaktfotos", "bedreigt",
    ];

    /// <summary>From this length a different letter is a slip too ("afscheitsbrief"); shorter words have real neighbours.</summary>
    private const int LongKeyWord = 8;

    private static readonly FrozenSet<string> Known = KeyWords.ToFrozenSet(StringComparer.Ordinal);

    /// <param name="normalized">Text from <see cref="Text.TextNormalizer.Normalize"/>: lower case, single spaces.</param>
    public static string Repair(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var words = normalized.Split(' ');
        for (var index = 0; index < words.Length; index++)
        {
            words[index] = Repaired(words[index]);
        }

        return string.Join(' ', words);
    }

    private static string Repaired(string word)
    {
        if (Shorthand.TryGetValue(word, out var written))
        {
            return written;
        }

        if (word.Length < 4 || Known.Contains(word) || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        foreach (var key in KeyWords)
        {
            var substitutionPossible = word.Length == key.Length && !SameLetters(word, key);
            if (key[0] == word[0] && Math.Abs(key.Length - word.Length) <= 1 && (key.Length >= LongKeyWord || !substitutionPossible)
                && TypoCorrector.Distance(word, key, 1) <= 1)
            {
                return key;
            }
        }

        return word;
    }

    private static bool SameLetters(string a, string b) => a.Order().SequenceEqual(b.Order());
}
