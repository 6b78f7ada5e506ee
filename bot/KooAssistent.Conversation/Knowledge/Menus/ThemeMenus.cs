using KooAssistent.Conversation.Knowledge.Articles;
using KooAssistent.Conversation.Replies;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KooAssistent.Conversation.Knowledge.Menus;

/// <summary>
/// The theme buttons of <c>knowledge/data/themes.yaml</c>: what a resident who only says "hallo" or "geld" is
/// offered. Content editors choose the order and the subjects; the program only checks them.
/// </summary>
public sealed class ThemeMenus
{
    public const string FileName = "data/themes.yaml";

    private ThemeMenus(IReadOnlyList<ThemeMenu> themes) => Themes = themes;

    public IReadOnlyList<ThemeMenu> Themes { get; }

    public ThemeMenu? Find(string theme) => Themes.FirstOrDefault(menu => menu.Theme == theme);

    /// <exception cref="KnowledgeException">The file is missing or names a theme, label or article that is not right.</exception>
    public static ThemeMenus Load(KnowledgeFolder folder, IReadOnlyCollection<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(articles);
        ThemesFile? file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
                .Deserialize<ThemesFile?>(folder.ReadText(FileName));
        }
        catch (YamlException exception)
        {
            throw new KnowledgeException($"{FileName}: {exception.Message}", exception);
        }

        // Duplicate ids are reported by the validator on their own; here the first one is enough.
        var known = articles.DistinctBy(article => article.Id, StringComparer.Ordinal).ToDictionary(article => article.Id, StringComparer.Ordinal);
        var themes = new List<ThemeMenu>();
        foreach (var entry in file?.Themes ?? [])
        {
            if (entry.Id is null || !Articles.Themes.All.Contains(entry.Id) || themes.Exists(theme => theme.Theme == entry.Id))
            {
                throw new KnowledgeException($"{FileName}: '{entry.Id}' is not a theme, or is listed twice (themes: {string.Join(", ", Articles.Themes.All)}).");
            }

            var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["nl"] = entry.Label ?? string.Empty, ["en"] = entry.LabelEn ?? string.Empty };
            foreach (var (language, label) in labels)
            {
                if (label.Length is 0 or > ReplyCatalogue.MaxButtonLength)
                {
                    throw new KnowledgeException($"{FileName}: theme '{entry.Id}' needs a {language} label of 1 to {ReplyCatalogue.MaxButtonLength} characters.");
                }
            }

            foreach (var id in entry.Articles ?? [])
            {
                if (!known.TryGetValue(id, out var article) || article.Theme != entry.Id || article.Language != "nl")
                {
                    throw new KnowledgeException($"{FileName}: theme '{entry.Id}' offers '{id}', which is not a Dutch article of that theme.");
                }
            }

            themes.Add(new ThemeMenu(entry.Id, labels, entry.Articles ?? []));
        }

        return themes.Count == 0
            ? throw new KnowledgeException($"{FileName}: no themes.")
            : new ThemeMenus(themes);
    }

    private sealed class ThemesFile
    {
        public List<ThemeEntry>? Themes { get; set; }
    }

    private sealed class ThemeEntry
    {
        public string? Id { get; set; }

        public string? Label { get; set; }

        public string? LabelEn { get; set; }

        public List<string>? Articles { get; set; }
    }
}
