namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>
/// Finds the word a resident probably meant when a word is not in the knowledge base's vocabulary: "schuldn",
/// "deurwarder", "eenzaamhijd", "toeslage". One edit (a letter missing, extra, wrong or two swapped) for short
/// words, two for long ones; among equally close words the most common wins.
/// </summary>
public sealed class TypoCorrector
{
    private readonly Dictionary<int, List<(string Word, int Frequency)>> byLength = [];

    public TypoCorrector(IReadOnlyDictionary<string, int> frequencies)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        foreach (var (word, frequency) in frequencies)
        {
            if (!byLength.TryGetValue(word.Length, out var list))
            {
                byLength[word.Length] = list = [];
            }

            list.Add((word, frequency));
        }
    }

    /// <summary>The closest known word, or null when none is close enough (or the word is too short to correct safely).</summary>
    public string? Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 4 || word.Any(char.IsDigit))
        {
            return null;
        }

        var allowed = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            foreach (var (candidate, frequency) in byLength.GetValueOrDefault(length) ?? [])
            {
                // The first letter is rarely wrong; requiring it keeps "geld" from becoming "veld".
                if (candidate[0] != word[0])
                {
                    continue;
                }

                var distance = Distance(word, candidate, allowed);
                if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping early beyond <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }

                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
