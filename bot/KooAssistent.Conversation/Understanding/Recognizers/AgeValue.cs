using System.Globalization;

namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>An age in whole years and, when obvious, whose it is.</summary>
public sealed record AgeValue(int Years, AgeSubject Subject) : EntityValue
{
    public override string Normalized => Years.ToString(CultureInfo.InvariantCulture);
}
