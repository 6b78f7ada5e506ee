using System.Text;
using KooAssistent.Conversation.Understanding.Recognizers;
using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Privacy;

/// <summary>
/// Replaces personal data in a message with typed placeholders before it is stored, logged or shown to anyone who
/// does not need it: BSN, IBAN, phone numbers, e-mail addresses, postcode with house number, and card numbers.
/// Left alone, because they identify no one: emergency and service numbers (112, 113, 0800-…, 0900-…), a postcode
/// without a house number (it names a street, and finds the right Buurtteam), amounts, dates and other numbers.
/// Mistyped IBANs and BSNs the resident labels as such are redacted too; see <see cref="Lookalikes"/>.
/// </summary>
public static class PiiRedactor
{
    private static readonly EntityRecognizer Recognizer = new();

    // Dates are never redacted, so any reference date will do; both languages are read.
    private static readonly RecognitionContext Context = new(string.Empty, new DateOnly(2000, 1, 1));

    public static RedactionResult Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = Recognizer.Recognize(text, Context)
            .Where(IsPersonal)
            .Select(entity => (entity.Start, entity.End, entity.Kind))
            .Concat(Lookalikes.Find(FoldedText.Fold(text)));

        // The longest wins, as in recognition: a mistyped IBAN over the "phone number" its last ten digits resemble.
        var personal = new List<(int Start, int End, EntityKind Kind)>();
        var taken = new bool[text.Length];
        foreach (var candidate in found.OrderByDescending(candidate => candidate.End - candidate.Start).ThenBy(candidate => candidate.Start))
        {
            if (Array.IndexOf(taken, true, candidate.Start, candidate.End - candidate.Start) < 0)
            {
                Array.Fill(taken, true, candidate.Start, candidate.End - candidate.Start);
                personal.Add(candidate);
            }
        }

        personal.Sort((left, right) => left.Start.CompareTo(right.Start));
        var redacted = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, end, kind) in personal)
        {
            redacted.Append(text, position, start - position).Append(PiiPlaceholders.For(kind));
            position = end;
        }

        redacted.Append(text, position, text.Length - position);
        return new RedactionResult(redacted.ToString(), [.. personal.Select(found => found.Kind).Distinct()]);
    }

    private static bool IsPersonal(RecognizedEntity entity) => entity.Kind switch
    {
        EntityKind.Bsn or EntityKind.Iban or EntityKind.Email or EntityKind.Address or EntityKind.CardNumber => true,
        EntityKind.PhoneNumber => entity.Value is PhoneNumberValue { Kind: PhoneNumberKind.Mobile or PhoneNumberKind.Fixed or PhoneNumberKind.International },
        _ => false,
    };
}
