using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

/// <summary>
/// Payment card numbers, only so they can be redacted: 13-19 digits, bare or in groups of four (American Express
/// 4-6-5), that pass the Luhn check. No card number starts with 0, which keeps phone numbers out.
/// </summary>
internal sealed class CardNumberRecognizer : IEntityRecognizer
{
    private const int MaxGroups = 5;

    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        var runs = input.DigitRuns;
        foreach (var run in runs.Runs)
        {
            for (var first = 0; first < run.Count; first++)
            {
                for (var last = first; last < Math.Min(run.Count, first + MaxGroups); last++)
                {
                    if (!IsCardShaped(runs, run, first, last) || !runs.IsFreeBefore(run[first].Start) || !runs.IsFreeAfter(run[last].End))
                    {
                        continue;
                    }

                    var digits = runs.Digits(run, first, last);
                    if (digits.Length is >= 13 and <= 19 && digits[0] != '0' && Checksums.PassesLuhn(digits))
                    {
                        candidates.Add(input.Entity(EntityKind.CardNumber, run[first].Start, run[last].End, new IdentifierValue(digits)));
                    }
                }
            }
        }
    }

    private static bool IsCardShaped(DigitRuns runs, IReadOnlyList<DigitGroup> run, int first, int last)
    {
        if (first == last)
        {
            return true;
        }

        var lengths = Enumerable.Range(first, last - first + 1).Select(index => run[index].Length).ToArray();
        var fours = lengths[..^1].All(length => length == 4) && lengths[^1] is >= 1 and <= 4;
        var amex = lengths is [4, 6, 5];
        return (fours || amex) && runs.IsEvenlyGrouped(run, first, last, " -");
    }
}
