using KooAssistent.Conversation.Knowledge.Articles;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>
/// Which knowledge theme a life domain points at, to name the theme of a handoff when only one is evident. Work,
/// health and safety have no theme of their own in Koo's chat.
/// </summary>
public static class LifeDomainThemes
{
    public static string? ThemeOf(string domain) => domain.ToUpperInvariant() switch
    {
        "GELD" or "WONEN" => Themes.Geld,
        "OPVOEDENGEZIN" or "GEZIN" or "OPVOEDEN" => Themes.Opvoeden,
        "RELATIESCHEIDING" or "RELATIE" or "SCHEIDING" => Themes.Scheiding,
        "EENZAAMHEIDSOCIAAL" or "SOCIAAL" or "EENZAAMHEID" => Themes.Eenzaamheid,
        _ => null,
    };

    /// <summary>The one theme the domains point at, or empty when none or several do.</summary>
    public static string SingleTheme(IEnumerable<string> domains)
    {
        var themes = domains.Select(ThemeOf).OfType<string>().Distinct().ToList();
        return themes.Count == 1 ? themes[0] : string.Empty;
    }
}
