using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KooAssistent.Conversation.Knowledge.Areas;

/// <summary>
/// The wijken of the municipality and the Buurtteam each belongs to, from <c>knowledge/data/wijken.yaml</c> (a file
/// the municipality fills in). Every wijk must name a defined team.
/// </summary>
public sealed class BuurtteamAreas
{
    public const string FileName = "data/wijken.yaml";

    private BuurtteamAreas(
        IReadOnlyDictionary<string, string> teams,
        IReadOnlyDictionary<string, string> teamOfWijk,
        IReadOnlyDictionary<string, IReadOnlyList<string>> postcodesOfTeam,
        IReadOnlyDictionary<string, IReadOnlyList<string>> postcodesOfWijk)
    {
        Teams = teams;
        TeamOfWijk = teamOfWijk;
        PostcodesOfTeam = postcodesOfTeam;
        PostcodesOfWijk = postcodesOfWijk;
    }

    /// <summary>Buurtteam id (as in the file, "noord") → its name ("Buurtteam Noord"), which tickets carry.</summary>
    public IReadOnlyDictionary<string, string> Teams { get; }

    /// <summary>Wijk name (as written) → Buurtteam name.</summary>
    public IReadOnlyDictionary<string, string> TeamOfWijk { get; }

    /// <summary>Buurtteam name → postcode prefixes of its wijken, where the file gives them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PostcodesOfTeam { get; }

    /// <summary>Wijk name (as written) → its postcode prefixes, where the file gives them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PostcodesOfWijk { get; }

    /// <summary>
    /// The wijk a resident lives in, by name as the file writes it: the wijk they named, or else the wijk whose
    /// postcode prefix their postcode starts with (the longest prefix, when wijken share a shorter one). Null when
    /// neither places them.
    /// </summary>
    public string? WijkOf(string? named, string? postcode)
    {
        var known = named is null ? null : PostcodesOfWijk.Keys.FirstOrDefault(wijk => string.Equals(wijk, named, StringComparison.OrdinalIgnoreCase));
        if (known is not null || postcode is not { Length: >= 4 })
        {
            return known;
        }

        return PostcodesOfWijk
            .SelectMany(pair => pair.Value.Where(prefix => prefix.Length > 0 && postcode.StartsWith(prefix, StringComparison.Ordinal)).Select(prefix => (Wijk: pair.Key, prefix.Length)))
            .OrderByDescending(match => match.Length)
            .ThenBy(match => match.Wijk, StringComparer.Ordinal)
            .Select(match => match.Wijk)
            .FirstOrDefault();
    }

    /// <exception cref="KnowledgeException">The file is malformed or a wijk names a team that is not defined.</exception>
    public static BuurtteamAreas Load(KnowledgeFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        AreasFile? file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<AreasFile?>(folder.ReadText(FileName));
        }
        catch (YamlException exception)
        {
            throw new KnowledgeException($"{FileName}: {exception.Message}", exception);
        }

        var teams = (file?.Buurtteams ?? []).Where(team => team.Id is { Length: > 0 } && team.Name is { Length: > 0 })
            .ToDictionary(team => team.Id!, team => team.Name!, StringComparer.Ordinal);
        var teamOfWijk = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var postcodes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var postcodesOfWijk = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var wijk in file?.Wijken ?? [])
        {
            if (wijk.Name is not { Length: > 0 } name || wijk.Buurtteam is not { } id || !teams.TryGetValue(id, out var team))
            {
                throw new KnowledgeException($"{FileName}: wijk '{wijk.Name}' needs a name and one of the buurtteams ({string.Join(", ", teams.Keys)}), not '{wijk.Buurtteam}'.");
            }

            teamOfWijk[name] = team;
            if (!postcodes.TryGetValue(team, out var list))
            {
                postcodes[team] = list = [];
            }

            list.AddRange(wijk.Postcodes ?? []);
            postcodesOfWijk[name] = [.. wijk.Postcodes ?? []];
        }

        return new BuurtteamAreas(teams, teamOfWijk, postcodes.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value, StringComparer.Ordinal), postcodesOfWijk);
    }

    private sealed class AreasFile
    {
        public List<TeamEntry>? Buurtteams { get; set; }

        public List<WijkEntry>? Wijken { get; set; }
    }

    private sealed class TeamEntry
    {
        public string? Id { get; set; }

        public string? Name { get; set; }
    }

    private sealed class WijkEntry
    {
        public string? Name { get; set; }

        public string? Buurtteam { get; set; }

        public List<string>? Postcodes { get; set; }
    }
}
