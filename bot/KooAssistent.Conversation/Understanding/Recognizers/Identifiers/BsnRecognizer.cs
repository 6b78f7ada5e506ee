using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

/// <summary>
/// Burgerservicenummers: nine digits, as "111222333", "111.222.333", "111 222 333" or "1112 22 333", that pass the
/// 11-proef. Nine digits that fail it are not a BSN here (they stay "a number"); see PiiRedactor for what privacy does with them.
/// </summary>
internal sealed class BsnRecognizer : IEntityRecognizer
{
    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        var runs = input.DigitRuns;
        foreach (var match in Find(runs).Where(match => Checksums.PassesElevenTest(match.Digits)))
        {
            candidates.Add(input.Entity(EntityKind.Bsn, match.Start, match.End, new IdentifierValue(match.Digits)));
        }
    }

    /// <summary>Everything shaped like a BSN, valid or not.</summary>
    public static IEnumerable<(int Start, int End, string Digits)> Find(DigitRuns runs)
    {
        foreach (var run in runs.Runs)
        {
            for (var first = 0; first < run.Count; first++)
            {
                var single = run[first].Length == 9;
                var grouped = first + 2 < run.Count && IsNineInThree(run, first) && runs.IsEvenlyGrouped(run, first, first + 2, " .-");
                var last = grouped ? first + 2 : first;
                if ((single || grouped) && runs.IsFreeBefore(run[first].Start) && runs.IsFreeAfter(run[last].End))
                {
                    yield return (run[first].Start, run[last].End, runs.Digits(run, first, last));
                }
            }
        }
    }

    private static bool IsNineInThree(IReadOnlyList<DigitGroup> run, int first) =>
        (run[first].Length, run[first + 1].Length, run[first + 2].Length) is (3, 3, 3) or (4, 2, 3);
}
