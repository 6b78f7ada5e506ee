namespace KooAssistent.Conversation.Knowledge.Articles;

/// <summary>The four themes Koo's chat covers, plus general questions about Koo, the Buurtteams and help lines.</summary>
public static class Themes
{
    public const string Geld = "geld";
    public const string Opvoeden = "opvoeden";
    public const string Scheiding = "scheiding";
    public const string Eenzaamheid = "eenzaamheid";
    public const string Algemeen = "algemeen";

    public static IReadOnlyList<string> All { get; } = [Geld, Opvoeden, Scheiding, Eenzaamheid, Algemeen];
}
