namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>
/// Finds the word a resident probably meant when a word is not in the knowledge base's vocabulary: "schuldn",
/// "deurwarder", "eenzaamhijd", "toeslage". One edit (a letter missing, extra, wrong or two swapped) for short
/// words, two for long ones; among equally close words the most common wins.
/// </summary>
public sealed class TypoCorrector
{
    // Grouped by length and first letter: those are the only words a word is ever compared with.
    private readonly Dictionary<(int Length, char First), List<(string Word, int Frequency)>> candidates = [];

    public TypoCorrector(IReadOnlyDictionary<string, int> frequencies)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        foreach (var (word, frequency) in frequencies)
        {
            if (word.Length == 0)
            {
                continue;
            }

            if (!candidates.TryGetValue((word.Length, word[0]), out var list))
            {
                candidates[(word.Length, word[0])] = list = [];
            }

            list.Add((word, frequency));
        }
    }

    /// <summary>The closest known word, or null when none is close enough (or the word is too short to correct safely).</summary>
    public string? Correct(string word) => Correct(word, CorrectionBudget.Unlimited());

    /// <summary>As <see cref="Correct(string)"/>, but null without comparing anything when the comparisons do not fit the budget.</summary>
    public string? Correct(string word, CorrectionBudget budget)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(budget);
        if (word.Length < 4 || word.Any(char.IsDigit))
        {
            return null;
        }

        var allowed = word.Length >= 8 ? 2 : 1;

        // The first letter is rarely wrong; requiring it keeps "geld" from becoming "veld".
        var comparisons = 0;
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            comparisons += candidates.GetValueOrDefault((length, word[0]))?.Count ?? 0;
        }

        if (!budget.TrySpend(comparisons))
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            foreach (var (candidate, frequency) in candidates.GetValueOrDefault((length, word[0])) ?? [])
            {
                var distance = Distance(word, candidate, allowed);
                if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping early beyond
    /// <paramref name="limit"/>. The three rows live on the stack: this runs for every known word a typo is compared
    /// with, and for every word the crisis spelling check reads.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var width = b.Length + 1;
        Span<int> rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
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

            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        return previous[b.Length];
    }
}
