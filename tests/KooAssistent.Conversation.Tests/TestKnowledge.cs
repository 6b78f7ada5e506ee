using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Tests;

/// <summary>Builds throw-away knowledge folders for tests, and finds the real one copied beside the tests.</summary>
internal sealed class TestKnowledge : IDisposable
{
    public TestKnowledge(string organisationsYaml, string repliesYaml)
    {
        Root = Path.Combine(Path.GetTempPath(), "koo-knowledge-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "data"));
        Directory.CreateDirectory(Path.Combine(Root, "replies"));
        File.WriteAllText(Path.Combine(Root, "data", "organisations.yaml"), organisationsYaml);
        File.WriteAllText(Path.Combine(Root, "replies", "nl.yaml"), repliesYaml);
        File.WriteAllText(Path.Combine(Root, "replies", "en.yaml"), CompleteReplies());
        File.WriteAllText(Path.Combine(Root, "data", "wijken.yaml"), "buurtteams:\n  - { id: noord, name: Buurtteam Noord }\nwijken:\n  - { name: Noord, buurtteam: noord }\n");
        File.WriteAllText(Path.Combine(Root, "data", "synonyms.yaml"), "groups:\n  - [schulden, schuld, debts]\n");
        File.WriteAllText(Path.Combine(Root, "data", "themes.yaml"), "themes:\n  - id: geld\n    label: Geld\n    labelEn: Money\n    articles: []\n");
        File.Copy(Path.Combine(Real.Root, "data", "summary-words.yaml"), Path.Combine(Root, "data", "summary-words.yaml"));
    }

    public string Root { get; }

    public static string ValidReplies => CompleteReplies();

    /// <summary>A reply file with every key, each a short text; <paramref name="overrides"/> replaces chosen lines.</summary>
    public static string CompleteReplies(params (ReplyKey Key, string? Text)[] overrides)
    {
        var lines = new List<string>();
        foreach (var key in Enum.GetValues<ReplyKey>())
        {
            var match = overrides.FirstOrDefault(pair => pair.Key == key);
            var byDefault = key.ToString().StartsWith("Button", StringComparison.Ordinal) ? "Knop" : $"Tekst {key} van {{koo.name}}.";
            var text = match == default ? byDefault : match.Text;
            if (text is not null)
            {
                lines.Add($"{ReplyCatalogue.KeyName(key)}: \"{text}\"");
            }
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Writes an article file under articles/; returns its path relative to the knowledge folder.</summary>
    public string AddArticle(string relativePath, string text)
    {
        var path = Path.Combine(Root, "articles", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return "articles/" + relativePath;
    }

    public KnowledgeFolder Folder => new(Root);

    public static KnowledgeFolder Real => KnowledgeFolder.Locate(null, AppContext.BaseDirectory);

    public const string Organisations = """
        organisations:
          - id: koo
            name: Koo
            phone: "073 206 88 88"
            website: https://www.kijkopkoo.nl
            sources: [https://kijkopkoo.nl/grote-waardering-voor-koo]
            reviewed: 2026-11-22
          - id: alarmnummer
            name: Alarmnummer 112
            phone: "112"
            reviewed: 2026-11-22
        """;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
