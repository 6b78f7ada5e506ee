using KooAssistent.Conversation.Knowledge;

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
    }

    public string Root { get; }

    public const string ValidReplies = """
        welcome: Hallo, ik ben de assistent van {koo.name}.
        cannot_answer_yet: Bel {koo.phone}.
        attachments_not_supported: Geen bestanden.
        turn_failed: Bel {koo.phone}.
        """;

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
