namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>A phone number.</summary>
/// <param name="Number">
/// E.164 ("+31612345678") for mobile, fixed and international numbers; the national digits ("08000113", "112")
/// for service numbers and help lines, which cannot be dialled from abroad.
/// </param>
public sealed record PhoneNumberValue(string Number, PhoneNumberKind Kind) : EntityValue
{
    public override string Normalized => Number;
}
