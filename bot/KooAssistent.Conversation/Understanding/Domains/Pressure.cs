namespace KooAssistent.Conversation.Understanding.Domains;

/// <summary>The kinds of pressure: a deadline or threat, no income, or distress.</summary>
public static class Pressure
{
    public const string Eviction = "eviction";
    public const string NoIncome = "no-income";
    public const string Bailiff = "bailiff";
    public const string CutOff = "cut-off";
    public const string ChildOutOfSchool = "child-out-of-school";
    public const string Overwhelmed = "overwhelmed";
    public const string NoFood = "no-food";
    public const string Homeless = "homeless";
    public const string CannotPay = "cannot-pay";

    public static readonly IReadOnlyList<string> All = [Eviction, NoIncome, Bailiff, CutOff, ChildOutOfSchool, Overwhelmed, NoFood, Homeless, CannotPay];
}
