namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>What sort of phone number it is; service and short numbers are not personal data.</summary>
public enum PhoneNumberKind
{
    /// <summary>A Dutch 06 number.</summary>
    Mobile,

    /// <summary>Any other ten-digit Dutch number: a landline ("073-2068888") or a non-geographic 085/088 number.</summary>
    Fixed,

    /// <summary>A number typed with another country code ("+32 470 12 34 56").</summary>
    International,

    /// <summary>0800 (free) and 0900/0906/0909 (paid) numbers of organisations.</summary>
    Service,

    /// <summary>Short help numbers: 112, 113, 144 and the European 116 lines.</summary>
    HelpLine,
}
