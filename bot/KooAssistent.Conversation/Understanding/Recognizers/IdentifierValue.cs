namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>
/// A code whose meaning is the code itself, written one canonical way: an e-mail address in lower case, a BSN or
/// card number as bare digits, an IBAN in capitals without spaces.
/// </summary>
public sealed record IdentifierValue(string Code) : EntityValue
{
    public override string Normalized => Code;
}
