using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KooAssistent.Conversation.Knowledge;

/// <summary>Organisations and help lines from <c>knowledge/data/organisations.yaml</c>, keyed by id.</summary>
public sealed class OrganisationDirectory
{
    public const string FileName = "data/organisations.yaml";

    private readonly Dictionary<string, Organisation> organisations;

    public OrganisationDirectory(IEnumerable<Organisation> organisations)
    {
        this.organisations = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var organisation in organisations)
        {
            if (!this.organisations.TryAdd(organisation.Id, organisation))
            {
                throw new KnowledgeException($"{FileName}: the id '{organisation.Id}' is used twice.");
            }
        }
    }

    public IReadOnlyCollection<Organisation> All => organisations.Values;

    public Organisation Get(string id) =>
        organisations.TryGetValue(id, out var organisation)
            ? organisation
            : throw new KnowledgeException($"{FileName}: there is no organisation with id '{id}'.");

    public bool TryGet(string id, out Organisation organisation) =>
        organisations.TryGetValue(id, out organisation!);

    public static OrganisationDirectory Load(KnowledgeFolder folder)
    {
        var yaml = folder.ReadText(FileName);
        OrganisationsFile? file;
        try
        {
            file = new DeserializerBuilder()
                .WithNamingConvention(CamelCaseNamingConvention.Instance)
                .Build()
                .Deserialize<OrganisationsFile>(yaml);
        }
        catch (YamlException exception)
        {
            throw new KnowledgeException($"{FileName}: {exception.Message}", exception);
        }

        return new OrganisationDirectory((file?.Organisations ?? []).Select(ToOrganisation));
    }

    private static Organisation ToOrganisation(OrganisationEntry entry)
    {
        var id = Require(entry.Id, "id", "(unknown)");
        return new Organisation(
            id,
            Require(entry.Name, "name", id),
            entry.Phone,
            entry.Website is null ? null : ParseUrl(entry.Website, id),
            (entry.Sources ?? []).Select(source => ParseUrl(source, id)).ToList(),
            DateOnly.TryParseExact(Require(entry.Reviewed, "reviewed", id), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reviewed)
                ? reviewed
                : throw new KnowledgeException($"{FileName}: organisation '{id}' has a 'reviewed' date that is not yyyy-mm-dd."),
            entry.Chat is null ? null : ParseUrl(entry.Chat, id),
            string.IsNullOrWhiteSpace(entry.Hours) ? null : entry.Hours.Trim(),
            string.IsNullOrWhiteSpace(entry.HoursEn) ? null : entry.HoursEn.Trim());
    }

    private static string Require(string? value, string field, string id) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new KnowledgeException($"{FileName}: organisation '{id}' has no '{field}'.")
            : value;

    private static Uri ParseUrl(string value, string id) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps
            ? url
            : throw new KnowledgeException($"{FileName}: organisation '{id}' has '{value}', which is not an https address.");

    private sealed class OrganisationsFile
    {
        public List<OrganisationEntry>? Organisations { get; set; }
    }

    private sealed class OrganisationEntry
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Phone { get; set; }

        public string? Website { get; set; }

        public List<string>? Sources { get; set; }

        public string? Reviewed { get; set; }

        public string? Chat { get; set; }

        public string? Hours { get; set; }

        public string? HoursEn { get; set; }
    }
}
