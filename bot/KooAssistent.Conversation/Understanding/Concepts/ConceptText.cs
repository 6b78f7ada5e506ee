using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Understanding.Concepts;

/// <summary>
/// A message cut into sentences of normalised words, the way the concept readers look at it: rules combine concepts
/// within one sentence, so "ik wil dood" and "mijn hond is vorig jaar dood gegaan. ik wil een nieuwe" stay apart.
/// Each sentence also knows whether it reads as English.
/// </summary>
public sealed class ConceptText
{
    /// <summary>Very long input is read up to this length: danger is told early, and this keeps every turn cheap.</summary>
    public const int MaxCharacters = 8_000;

    private static readonly HashSet<string> EnglishMarkers = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "ill", "the", "to", "and", "my", "is", "it", "of", "you", "he", "she", "him", "her", "me",
        "want", "wanna", "dont", "cant", "was", "have", "not", "with", "what", "this", "that", "they", "will",
        "be", "just", "so", "if", "when", "please", "help", "hes", "shes", "its", "am", "are", "do", "how", "feel",

        // Words of a "we" story ("our boss has all our id cards since we came here"), which had no marker above.
        "our", "us", "has", "their", "them", "his", "your", "since", "been", "would", "there", "who", "because", "from", "says", "said",
    };

    private static readonly HashSet<string> DutchMarkers = new(StringComparer.Ordinal)
    {
        "ik", "de", "het", "een", "en", "niet", "van", "mijn", "mn", "je", "hij", "zij", "ze", "dat", "die", "wat", "met", "op", "te",
        "is", "ben", "heb", "wil", "er", "maar", "ook", "nog", "al", "als", "hem", "haar", "we", "wij", "zijn", "naar", "voor", "kan",
        "geen", "meer", "dan", "toch", "wel", "echt", "nu", "heel",
    };

    private ConceptText(IReadOnlyList<string> tokens, IReadOnlyList<int> sentenceOf, IReadOnlyList<bool> sentenceIsEnglish)
    {
        Tokens = tokens;
        SentenceOf = sentenceOf;
        SentenceIsEnglish = sentenceIsEnglish;
    }

    public IReadOnlyList<string> Tokens { get; }

    /// <summary>For each token, the number of its sentence.</summary>
    public IReadOnlyList<int> SentenceOf { get; }

    public IReadOnlyList<bool> SentenceIsEnglish { get; }

    /// <summary>Mixed sentences ("hij hit me elke dag") count as English as soon as English carries some of the weight.</summary>
    public static bool LooksEnglish(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var englishWords = 0;
        var dutchWords = 0;
        foreach (var word in words)
        {
            englishWords += EnglishMarkers.Contains(word) ? 1 : 0;
            dutchWords += DutchMarkers.Contains(word) ? 1 : 0;
        }

        return englishWords > 0 && englishWords * 2 >= dutchWords;
    }

    /// <param name="prepare">Applied to every normalised sentence before it is cut into words: the repair of misspelt key words, idiom set aside.</param>
    public static ConceptText Read(string message, Func<string, string>? prepare = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var builder = new Builder();
        foreach (var sentence in SentenceSplitter.Split(Cut(message)))
        {
            builder.Add(Words(TextNormalizer.Normalize(sentence), prepare));
        }

        return builder.Build();
    }

    /// <summary>One normalised sentence as the concept readers' words; empty when nothing is left of it.</summary>
    internal static string[] Words(string normalized, Func<string, string>? prepare) =>
        (prepare is null ? normalized : prepare(normalized)).Replace("'", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    internal static string Cut(string message) => message.Length > MaxCharacters ? message[..MaxCharacters] : message;

    /// <summary>Puts a text together sentence by sentence; a sentence without words is left out, as if it were not there.</summary>
    internal sealed class Builder
    {
        private readonly List<string> tokens = [];
        private readonly List<int> sentenceOf = [];
        private readonly List<bool> english = [];

        /// <summary>The token where the next sentence starts.</summary>
        public int TokenCount => tokens.Count;

        /// <summary>The number the next sentence gets.</summary>
        public int SentenceCount => english.Count;

        public void Add(string[] words) => Add(words, words.Length > 0 && LooksEnglish(words));

        public void Add(string[] words, bool isEnglish)
        {
            if (words.Length == 0)
            {
                return;
            }

            var number = english.Count;
            foreach (var word in words)
            {
                tokens.Add(word);
                sentenceOf.Add(number);
            }

            english.Add(isEnglish);
        }

        public ConceptText Build() => new(tokens, sentenceOf, english);
    }
}
