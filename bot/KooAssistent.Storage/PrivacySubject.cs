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
    /// <summary>
    /// For a WhatsApp number: the keyed id the bot gives its conversation (<see cref="WhatsApp.WhatsAppKeyedIds"/>), when
    /// whoever asks holds the key. Only through it are the insight rows found that the conversation left when it was
    /// deleted after <c>Persistence:RetentionDays</c>; while it is stored, the number itself finds it.
    /// </summary>
    public string? KeyedConversationId { get; init; }

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
