using KooAssistent.Conversation.Understanding.Recognizers;

namespace KooAssistent.Conversation.Understanding.Privacy;

/// <summary>Typed placeholders, in Dutch because the human workers who read redacted transcripts work in Dutch.</summary>
internal static class PiiPlaceholders
{
    public static string For(EntityKind kind) => kind switch
    {
        EntityKind.Bsn => "[BSN]",
        EntityKind.Iban => "[IBAN]",
        EntityKind.PhoneNumber => "[TELEFOON]",
        EntityKind.Email => "[E-MAIL]",
        EntityKind.Address => "[ADRES]",
        EntityKind.CardNumber => "[BETAALKAART]",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not personal data."),
    };
}
