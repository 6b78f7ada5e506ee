using System.Collections.Frozen;

namespace KooAssistent.Conversation.Understanding.Recognizers.Scanning;

/// <summary>Folded words with a meaning per language, so "ten" is ten in English and nothing in Dutch ("ten minste").</summary>
internal sealed class WordTable<T>(IDictionary<string, T> dutch, IDictionary<string, T> english)
{
    private readonly FrozenDictionary<string, T> dutchWords = dutch.ToFrozenDictionary(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, T> englishWords = english.ToFrozenDictionary(StringComparer.Ordinal);

    public bool TryGet(string word, Languages languages, out T value)
    {
        if (languages.HasFlag(Languages.Dutch) && dutchWords.TryGetValue(word, out value!))
        {
            return true;
        }

        if (languages.HasFlag(Languages.English) && englishWords.TryGetValue(word, out value!))
        {
            return true;
        }

        value = default!;
        return false;
    }

    public bool Contains(string word, Languages languages) => TryGet(word, languages, out _);
}
