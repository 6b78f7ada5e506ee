namespace KooAssistent.Conversation.Understanding.Domains;

/// <summary>The life domains a Buurtteam looks at; two or more under pressure make a case for a person.</summary>
public static class LifeDomains
{
    public const string Geld = "Geld";
    public const string Wonen = "Wonen";
    public const string Werk = "Werk";
    public const string Gezondheid = "Gezondheid";
    public const string OpvoedenGezin = "OpvoedenGezin";
    public const string RelatieScheiding = "RelatieScheiding";
    public const string EenzaamheidSociaal = "EenzaamheidSociaal";
    public const string Veiligheid = "Veiligheid";
}
