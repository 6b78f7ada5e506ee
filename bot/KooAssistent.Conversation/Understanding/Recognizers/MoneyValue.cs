using System.Globalization;

namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>An amount of money in euros ("€ 1.250,-", "3k", "twee ton").</summary>
public sealed record MoneyValue(decimal Euros) : EntityValue
{
    public override string Normalized => "EUR " + Euros.ToString("0.00", CultureInfo.InvariantCulture);
}
