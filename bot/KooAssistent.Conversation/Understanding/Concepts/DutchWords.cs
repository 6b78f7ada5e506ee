using System.Collections.Frozen;

namespace KooAssistent.Conversation.Understanding.Concepts;

/// <summary>
/// Some 45,000 Dutch word forms (the Snowball Dutch vocabulary, shipped inside the assembly). A word in this list is
/// spelt as meant and is never "repaired" into another one.
/// </summary>
public static class DutchWords
{
    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    public static bool Contains(string word) => Words.Value.Contains(word);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(DutchWords).Assembly.GetManifestResourceStream("KooAssistent.Conversation.dutch-words.txt")
            ?? throw new InvalidOperationException("The Dutch word list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>(46_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
