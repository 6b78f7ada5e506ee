namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>
/// Splits Dutch compounds into words the knowledge base knows: schuldhulpverlening → schuld + hulp + verlening,
/// huurachterstand → huur + achterstand, kinderbijslag → kinder + bijslag. Linking letters between the parts
/// (-s-, -e-, -en-) are allowed, as in "ouderschapsplan". Only splits that cover the whole word count, and the
/// fewest, longest parts win, so "geld" is never split into "ge" + "ld".
/// </summary>
public sealed class CompoundSplitter
{
    /// <summary>Parts shorter than this are noise ("ge", "be") more often than words.</summary>
    public const int MinimumPartLength = 3;

    private static readonly string[] Linkers = ["s", "e", "en"];

    // Looked up by span: a split tries every part of every word, and only a part that is a word becomes a string.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> vocabulary;

    public CompoundSplitter(IReadOnlySet<string> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        this.vocabulary = new HashSet<string>(vocabulary, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The parts of <paramref name="word"/>, or an empty list when it is not a compound of known words.</summary>
    public IReadOnlyList<string> Split(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinimumPartLength * 2)
        {
            return [];
        }

        var best = new List<string>?[word.Length + 1];
        best[0] = [];
        for (var end = 1; end <= word.Length; end++)
        {
            for (var start = Math.Max(0, end - 24); start <= end - MinimumPartLength; start++)
            {
                if (best[start] is not { } before)
                {
                    continue;
                }

                if (IsBetter(before.Count + 1, best[end]) && vocabulary.TryGetValue(word.AsSpan(start, end - start), out var part))
                {
                    best[end] = [.. before, part];
                }
            }

            // A linking letter (or "en") after a part, before the next one.
            foreach (var linker in Linkers)
            {
                var start = end - linker.Length;
                if (start > 0 && best[start] is { Count: > 0 } before && word.AsSpan(start, linker.Length).SequenceEqual(linker) && IsBetter(before.Count, best[end]))
                {
                    best[end] = before;
                }
            }
        }

        return best[word.Length] is { Count: >= 2 } parts ? parts : [];
    }

    private static bool IsBetter(int parts, List<string>? current) => current is null || parts < current.Count;
}
