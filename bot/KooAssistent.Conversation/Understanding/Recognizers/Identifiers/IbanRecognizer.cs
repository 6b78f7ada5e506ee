using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

/// <summary>IBANs that pass the ISO 13616 mod-97 check; see <see cref="IbanScanner"/>.</summary>
internal sealed class IbanRecognizer : IEntityRecognizer
{
    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        foreach (var iban in IbanScanner.Find(input.Folded).Where(iban => iban.IsValid))
        {
            candidates.Add(input.Entity(EntityKind.Iban, iban.Start, iban.End, new IdentifierValue(iban.Code)));
        }
    }
}
