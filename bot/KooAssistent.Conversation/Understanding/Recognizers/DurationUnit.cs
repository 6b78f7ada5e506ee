namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>The unit a resident counted in; kept as typed because "3 maanden" is not 90 days.</summary>
public enum DurationUnit
{
    Days,
    Weeks,
    Months,
    Years,
}
