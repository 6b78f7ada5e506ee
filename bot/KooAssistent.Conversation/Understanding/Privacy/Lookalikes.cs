using KooAssistent.Conversation.Understanding.Recognizers;
using KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

namespace KooAssistent.Conversation.Understanding.Privacy;

/// <summary>
/// Personal numbers that fail their check digits but are still personal, so the redactor removes them too:
/// <list type="bullet">
/// <item>An IBAN of a known country's exact length that fails mod-97. Nothing else has that shape, and a resident who
/// mistypes one digit of their IBAN has still written seventeen of the eighteen characters of their account.</item>
/// <item>Nine digits that fail the 11-proef, but only when the resident calls them a BSN ("mijn bsn is 123456789"):
/// a mistyped BSN is one digit away from the real one. Unlabelled, they stay: nine digits are as often an invoice,
/// case or customer number that the worker needs. (Unlabelled nine digits that pass the 11-proef are redacted as a
/// BSN; about one in eleven other numbers passes by chance, a price paid for privacy.)</item>
/// </list>
/// </summary>
internal static class Lookalikes
{
    // How far back ("mijn burgerservicenummer is namelijk ...") a label may stand.
    private const int LabelReach = 40;
    private const int LabelWords = 4;

    private static readonly string[] BsnLabels = ["bsn", "burgerservicenummer", "sofinummer", "sofi", "bsnnummer", "citizen"];

    public static IEnumerable<(int Start, int End, EntityKind Kind)> Find(string folded)
    {
        foreach (var iban in IbanScanner.Find(folded).Where(iban => iban.IsLookalike))
        {
            yield return (iban.Start, iban.End, EntityKind.Iban);
        }

        foreach (var (start, end, _) in BsnRecognizer.Find(DigitRuns.Find(folded)))
        {
            if (IsLabelledBsn(folded, start))
            {
                yield return (start, end, EntityKind.Bsn);
            }
        }
    }

    private static bool IsLabelledBsn(string folded, int start)
    {
        var before = folded[Math.Max(0, start - LabelReach)..start].Replace("-", string.Empty, StringComparison.Ordinal);
        var words = before.Split((char[])[' ', ':', ',', '.', '(', ')', '#', '='], StringSplitOptions.RemoveEmptyEntries);
        return words.TakeLast(LabelWords).Any(word => BsnLabels.Contains(word));
    }
}
