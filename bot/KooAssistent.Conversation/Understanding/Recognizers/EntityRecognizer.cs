using KooAssistent.Conversation.Understanding.Recognizers.Identifiers;
using KooAssistent.Conversation.Understanding.Recognizers.Numbers;
using KooAssistent.Conversation.Understanding.Recognizers.People;
using KooAssistent.Conversation.Understanding.Recognizers.Scanning;
using KooAssistent.Conversation.Understanding.Recognizers.Time;

namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>
/// Finds numbers, money, dates, durations, ages, phone numbers, e-mail addresses, postcodes, BSNs, IBANs and card
/// numbers in what a resident typed, in Dutch or English. Stateless and thread-safe; never throws on any text, and
/// scans in linear time (no regular expressions), so a hostile message cannot make it slow.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly IEntityRecognizer[] recognizers =
    [
        new NumberRecognizer(),
        new MoneyRecognizer(),
        new NumericDateRecognizer(),
        new NamedDateRecognizer(),
        new RelativeDateRecognizer(),
        new OffsetDateRecognizer(),
        new DurationRecognizer(),
        new AgeRecognizer(),
        new PhoneNumberRecognizer(),
        new EmailRecognizer(),
        new PostcodeRecognizer(),
        new BsnRecognizer(),
        new IbanRecognizer(),
        new CardNumberRecognizer(),
    ];

    /// <summary>The entities in <paramref name="text"/>, without overlaps, ordered by where they start.</summary>
    public IReadOnlyList<RecognizedEntity> Recognize(string text, RecognitionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (text.Length == 0)
        {
            return [];
        }

        var input = new RecognitionInput(text, context);
        var candidates = new List<RecognizedEntity>();
        foreach (var recognizer in recognizers)
        {
            recognizer.Recognize(input, candidates);
        }

        return OverlapResolver.Resolve(candidates, text.Length);
    }
}
