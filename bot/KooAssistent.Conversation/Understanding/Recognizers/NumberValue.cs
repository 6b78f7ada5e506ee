using System.Globalization;

namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>A number, from digits ("1.250,50") or words ("tweeënhalf", "a hundred and fifty").</summary>
public sealed record NumberValue(decimal Amount) : EntityValue
{
    public override string Normalized => Amount.ToString(CultureInfo.InvariantCulture);
}
