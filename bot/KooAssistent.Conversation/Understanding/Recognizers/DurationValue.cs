using System.Globalization;

namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>A length of time as counted ("al 3 maanden", "een half jaar"): amount and unit, not a TimeSpan.</summary>
public sealed record DurationValue(decimal Amount, DurationUnit Unit) : EntityValue
{
    /// <summary>ISO 8601: "P3M", "P0.5Y", "P2W", "P10D".</summary>
    public override string Normalized => "P" + Amount.ToString(CultureInfo.InvariantCulture) + Unit switch
    {
        DurationUnit.Days => "D",
        DurationUnit.Weeks => "W",
        DurationUnit.Months => "M",
        _ => "Y",
    };
}
