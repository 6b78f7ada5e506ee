using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Understanding.Concepts;

/// <summary>
/// Reads texts with one vocabulary and one preparation, and remembers each sentence it read: the words it became
/// and the concepts found in it. A turn reads the same sentences many times — the message alone, after the message
/// before it, inside the conversation so far and passage by passage for the classifier — and both the preparation
/// (spelling repair above all) and the vocabulary look at one sentence only, so each sentence gives the same every
/// time. The texts it returns are exactly those of <see cref="ConceptText.Read"/> and <see cref="ConceptVocabulary.Find"/>.
/// Meant for one turn: it holds the resident's sentences, so it goes when the turn does.
/// </summary>
public sealed class ConceptSentenceReader(ConceptVocabulary vocabulary, Func<string, string>? prepare)
{
    private readonly Dictionary<string, ReadSentence> read = new(StringComparer.Ordinal);

    /// <summary>The text as the concept readers see it and the concepts in it, in the order the vocabulary finds them.</summary>
    public (ConceptText Text, List<ConceptHit> Hits) Read(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var builder = new ConceptText.Builder();
        var hits = new List<ConceptHit>();
        foreach (var raw in SentenceSplitter.Split(ConceptText.Cut(message)))
        {
            // Remembered by its normalised form: the conversation so far is joined with spaces around each line break.
            var normalized = TextNormalizer.Normalize(raw);
            if (!read.TryGetValue(normalized, out var sentence))
            {
                sentence = ReadSentence.Of(ConceptText.Words(normalized, prepare), vocabulary);
                read[normalized] = sentence;
            }

            if (sentence.Words.Length == 0)
            {
                continue;
            }

            // A form never reaches past its sentence, so the sentence's hits are the text's at this place.
            var offset = builder.TokenCount;
            var number = builder.SentenceCount;
            foreach (var hit in sentence.Hits)
            {
                hits.Add(new ConceptHit(hit.Concept, hit.Start + offset, hit.End + offset, number));
            }

            builder.Add(sentence.Words, sentence.English);
        }

        return (builder.Build(), hits);
    }

    private sealed record ReadSentence(string[] Words, bool English, List<ConceptHit> Hits)
    {
        public static ReadSentence Of(string[] words, ConceptVocabulary vocabulary)
        {
            var english = words.Length > 0 && ConceptText.LooksEnglish(words);
            var alone = new ConceptText.Builder();
            alone.Add(words, english);
            return new ReadSentence(words, english, words.Length == 0 ? [] : vocabulary.Find(alone.Build()));
        }
    }
}
