namespace KooAssistent.Conversation.Understanding.Concepts;

/// <summary>
/// One way of saying a concept: a run of words over normalised text, each written as the word itself, as a prefix
/// ending in <c>*</c> ("mishandel*" is every form of mishandelen) or as the end of a compound starting with
/// <c>*</c> ("*pillen" is also "hartpillen" and "slaappillen"). English forms of a single word only count
/// in a sentence that reads as English, because short English words are Dutch words too ("die", "want", "roof").
/// </summary>
public sealed record ConceptForm(string Concept, IReadOnlyList<string> Words, bool English)
{
    /// <summary>The first word is a prefix or a compound's end, so the form cannot be found by its first word alone.</summary>
    public bool StartsWithPattern => Words[0][^1] == '*' || Words[0][0] == '*';

    public bool Matches(int word, string token)
    {
        var pattern = Words[word];
        if (pattern[^1] == '*')
        {
            return token.Length >= pattern.Length - 1 && token.AsSpan().StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal);
        }

        return pattern[0] == '*'
            ? token.Length >= pattern.Length - 1 && token.AsSpan().EndsWith(pattern.AsSpan(1), StringComparison.Ordinal)
            : string.Equals(pattern, token, StringComparison.Ordinal);
    }
}
