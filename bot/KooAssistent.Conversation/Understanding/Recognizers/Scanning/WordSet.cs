namespace KooAssistent.Conversation.Understanding.Recognizers.Scanning;

/// <summary>Builds a <see cref="WordTable{T}"/> that is only a set of words per language.</summary>
internal static class WordSet
{
    public static WordTable<bool> Of(IEnumerable<string> dutch, IEnumerable<string> english) =>
        new(dutch.ToDictionary(word => word, _ => true), english.ToDictionary(word => word, _ => true));
}
