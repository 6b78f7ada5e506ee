namespace KooAssistent.Storage;

public enum PrivacySubjectKind
{
    Conversation,
    WhatsAppNumber,
    Ticket,
}

/// <summary>Whose data an access or erasure request is about: one conversation, everything of one WhatsApp number, or the conversation behind a ticket.</summary>
public sealed record PrivacySubject(PrivacySubjectKind Kind, string Value)
{
    /// <summary>"+31 6 1234 5678", "0031612345678" and "31612345678" are the same WhatsApp id (digits with country code, as Meta sends it).</summary>
    public static string WaIdOf(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var digits = new string([.. number.Where(char.IsAsciiDigit)]);
        return digits.StartsWith("00", StringComparison.Ordinal) ? digits[2..]
            : digits.StartsWith("06", StringComparison.Ordinal) ? "31" + digits[1..]
            : digits;
    }
}
