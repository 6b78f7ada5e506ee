using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

/// <summary>
/// Phone numbers however they are grouped: "06-12345678", "06 1234 5678", "+31 6 12345678", "+31 (0)6 12345678",
/// "0031612345678", "073-2068888", "(073) 206 88 88", "0800-0113", "112". From each digit group the longest run of
/// following groups that makes a valid number wins, so "06 12345678 15" gives the phone number and leaves the 15.
/// </summary>
internal sealed class PhoneNumberRecognizer : IEntityRecognizer
{
    private const int MaxGroups = 6;

    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        var runs = input.DigitRuns;
        foreach (var run in runs.Runs)
        {
            for (var first = 0; first < run.Count; first++)
            {
                if (Longest(input, runs, run, first) is { } phone)
                {
                    candidates.Add(phone);
                }
            }
        }
    }

    private static RecognizedEntity? Longest(RecognitionInput input, DigitRuns runs, IReadOnlyList<DigitGroup> run, int first)
    {
        var start = run[first].Start;
        var prefix = start > 0 ? runs.Folded[start - 1] : ' ';
        var spanStart = prefix is '+' or '(' ? start - 1 : start;
        if (!runs.IsFreeBefore(spanStart))
        {
            return null;
        }

        for (var last = Math.Min(run.Count, first + MaxGroups) - 1; last >= first; last--)
        {
            var end = run[last].End;
            if (!runs.IsFreeAfter(end))
            {
                continue;
            }

            var standalone = first == 0 && last == run.Count - 1;
            if (PhoneNumberParser.Parse(runs.Digits(run, first, last), prefix == '+', standalone) is { } phone)
            {
                return input.Entity(EntityKind.PhoneNumber, spanStart, end, phone);
            }
        }

        return null;
    }
}
