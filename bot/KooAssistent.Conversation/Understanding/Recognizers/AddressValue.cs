namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>A Dutch postcode ("5211 AB") with, for an <see cref="EntityKind.Address"/>, the house number ("12-3", "5A").</summary>
public sealed record AddressValue(string Postcode, string? HouseNumber) : EntityValue
{
    public override string Normalized => HouseNumber is null ? Postcode : Postcode + " " + HouseNumber;
}
