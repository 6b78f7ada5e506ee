using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Time;

/// <summary>
/// How long something has lasted or will last: "al 3 maanden", "sinds twee weken", "drie jaar", "een half jaar",
/// "anderhalf jaar", "for 3 months", "2 years". "al", "sinds" and "for" belong to the expression and are included.
/// Ages ("zoon van 15 jaar") and dates ("over 2 maanden") are longer matches and win over the duration inside them.
/// </summary>
internal sealed class DurationRecognizer : IEntityRecognizer
{
    private const decimal MaxAmount = 10_000m;

    private static readonly WordTable<bool> Lead = WordSet.Of(["al", "sinds"], ["for"]);

    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        foreach (var number in input.Numbers.All)
        {
            var unitToken = number.LastToken + 1;
            if (number.Value <= 0 || number.Value > MaxAmount || !input.TryWord(unitToken, CalendarWords.Units, out var unit))
            {
                continue;
            }

            var first = input.IsWord(number.FirstToken - 1, Lead) ? number.FirstToken - 1 : number.FirstToken;
            candidates.Add(input.EntityOfTokens(EntityKind.Duration, first, unitToken, new DurationValue(number.Value, unit)));
        }
    }
}
