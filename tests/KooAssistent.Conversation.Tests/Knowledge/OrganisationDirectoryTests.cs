using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Conversation.Tests.Knowledge;

public sealed class OrganisationDirectoryTests
{
    private const string Replies = "welcome: x";

    [Fact]
    public void Organisations_are_read_with_their_contact_details_and_review_date()
    {
        using var knowledge = new TestKnowledge(TestKnowledge.Organisations, Replies);

        var koo = OrganisationDirectory.Load(knowledge.Folder).Get("koo");

        Assert.Equal("073 206 88 88", koo.Phone);
        Assert.Equal(new Uri("https://www.kijkopkoo.nl"), koo.Website);
        Assert.Equal(new DateOnly(2026, 11, 22), koo.Reviewed);
        Assert.Single(koo.Sources);
    }

    [Theory]
    [InlineData("  - id: koo\n    name: Koo\n    reviewed: 2026-11-22\n  - id: koo\n    name: Koo 2\n    reviewed: 2026-11-22", "used twice")]
    [InlineData("  - id: koo\n    reviewed: 2026-11-22", "has no 'name'")]
    [InlineData("  - id: koo\n    name: Koo", "has no 'reviewed'")]
    [InlineData("  - id: koo\n    name: Koo\n    reviewed: gisteren", "not yyyy-mm-dd")]
    [InlineData("  - id: koo\n    name: Koo\n    website: http://kijkopkoo.nl\n    reviewed: 2026-11-22", "not an https address")]
    [InlineData("  - id: koo\n    name: [unclosed", "organisations.yaml")]
    public void Faulty_entries_stop_loading_with_a_message_an_editor_understands(string entries, string expected)
    {
        using var knowledge = new TestKnowledge("organisations:\n" + entries + "\n", Replies);

        var error = Assert.Throws<KnowledgeException>(() => OrganisationDirectory.Load(knowledge.Folder));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_an_unknown_organisation_names_it()
    {
        using var knowledge = new TestKnowledge(TestKnowledge.Organisations, Replies);

        var error = Assert.Throws<KnowledgeException>(() => OrganisationDirectory.Load(knowledge.Folder).Get("ggd"));

        Assert.Contains("'ggd'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_knowledge_folder_is_found_above_the_starting_folder()
    {
        using var knowledge = new TestKnowledge(TestKnowledge.Organisations, Replies);
        var nested = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(knowledge.Root)!, "elsewhere", "bin"));
        var sibling = Path.Combine(nested.Parent!.FullName, "knowledge");
        CopyDirectory(knowledge.Root, sibling);
        try
        {
            Assert.Equal(Path.GetFullPath(sibling), KnowledgeFolder.Locate(null, nested.FullName).Root);
        }
        finally
        {
            Directory.Delete(nested.Parent.FullName, recursive: true);
        }
    }

    [Fact]
    public void A_configured_knowledge_path_that_does_not_exist_is_reported()
    {
        var error = Assert.Throws<KnowledgeException>(() => KnowledgeFolder.Locate("/nonexistent/knowledge", "/"));

        Assert.Contains("/nonexistent/knowledge", error.Message, StringComparison.Ordinal);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
