using System.Text.RegularExpressions;
using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Dialog.Handoff;

/// <summary>
/// Reads a postcode ("5211 AB", "5211ab", "5211") or one of the fourteen wijken of 's-Hertogenbosch from the
/// resident's answer, so the right Buurtteam can be chosen.
/// </summary>
public static partial class WhereResidentLives
{
    private static readonly string[] Wijken =
    [
        "Binnenstad", "De Groote Wielen", "Empel", "Engelen", "Graafsepoort", "Maaspoort", "Muntel/Vliert", "Noord",
        "Rosmalen Noord", "Rosmalen Zuid", "West", "Zuidoost", "Nuland", "Vinkel",
    ];

    public static (string? Postcode, string? Wijk) Read(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var match = Postcode().Match(answer);
        var postcode = match.Success ? (match.Groups["digits"].Value + " " + match.Groups["letters"].Value.ToUpperInvariant()).Trim() : null;
        var normalized = " " + TextNormalizer.Normalize(answer) + " ";
        var wijk = Wijken.OrderByDescending(name => name.Length)
            .FirstOrDefault(name => normalized.Contains(" " + TextNormalizer.Normalize(name.Replace('/', ' ')) + " ", StringComparison.Ordinal));
        return (postcode, wijk);
    }

    [GeneratedRegex(@"\b(?<digits>[1-9][0-9]{3})\s?(?<letters>[A-Za-z]{2})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();
}
