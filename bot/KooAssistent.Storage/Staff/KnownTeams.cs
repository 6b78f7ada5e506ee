using System.Diagnostics.CodeAnalysis;
using KooAssistent.Conversation.Knowledge.Areas;

namespace KooAssistent.Storage.Staff;

/// <summary>
/// The Buurtteams an account can belong to: those of <c>knowledge/data/wijken.yaml</c>, named by id ("noord") or by
/// name ("Buurtteam Noord"), and the names in <c>Handoff:Teams</c>. An account stores the name, because that is what
/// tickets carry: a medewerker stored as "noord" would never see a ticket.
/// </summary>
public sealed class KnownTeams
{
    private readonly IReadOnlyDictionary<string, string> idToName;
    private readonly IReadOnlyList<string> names;

    public KnownTeams(IReadOnlyDictionary<string, string> idToName, IEnumerable<string> otherNames)
    {
        ArgumentNullException.ThrowIfNull(idToName);
        ArgumentNullException.ThrowIfNull(otherNames);
        this.idToName = idToName;
        names = [.. idToName.Values.Concat(otherNames.Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name.Trim())).Distinct(StringComparer.Ordinal)];
    }

    public static KnownTeams From(BuurtteamAreas areas, IEnumerable<string>? configuredNames = null)
    {
        ArgumentNullException.ThrowIfNull(areas);
        return new KnownTeams(areas.Teams, configuredNames ?? []);
    }

    /// <summary>The teams' names, as accounts and tickets carry them.</summary>
    public IReadOnlyList<string> Names => names;

    /// <summary>The known teams for a message: "noord (Buurtteam Noord), west (Buurtteam West), …".</summary>
    public string Describe() => string.Join(
        ", ",
        names.Select(name => idToName.FirstOrDefault(pair => pair.Value == name).Key is { } id ? $"{id} ({name})" : name));

    /// <summary>The team's name for its id or name, in any case and with any spacing around it; false for an unknown team.</summary>
    public bool TryResolve(string? text, [NotNullWhen(true)] out string? name)
    {
        var wanted = string.Join(' ', (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        name = idToName.FirstOrDefault(pair => string.Equals(pair.Key, wanted, StringComparison.OrdinalIgnoreCase)).Value
            ?? names.FirstOrDefault(known => string.Equals(known, wanted, StringComparison.OrdinalIgnoreCase));
        return name is not null;
    }
}
