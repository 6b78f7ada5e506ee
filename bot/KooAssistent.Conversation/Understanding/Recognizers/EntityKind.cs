namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>What a recognised piece of text is. The names are stable: the triage stores them as strings ("Bsn", "Iban").</summary>
public enum EntityKind
{
    Number,
    Money,
    Date,
    Duration,
    Age,
    PhoneNumber,
    Email,

    /// <summary>A Dutch postcode on its own ("5211 AB"): it names a street, not a household.</summary>
    Postcode,

    /// <summary>A postcode with a house number ("5211 AB 12-3"): that is one household.</summary>
    Address,
    Bsn,
    Iban,
    CardNumber,
}
