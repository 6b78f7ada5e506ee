using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Cli.Tests;

public sealed class KnowledgeCheckTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "koo-kb-check", Guid.NewGuid().ToString("N"));

    public KnowledgeCheckTests()
    {
        var shipped = KnowledgeFolder.Locate(null, AppContext.BaseDirectory).Root;
        foreach (var file in Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void The_shipped_knowledge_passes_with_exit_code_0()
    {
        using var output = new StringWriter();

        var exitCode = KnowledgeCommands.Check(new DirectoryInfo(folder), today: null, errorsOnly: false, output);

        Assert.True(exitCode == 0, output.ToString());
        Assert.Contains("0 error(s)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_article_fails_with_exit_code_1_and_is_named_with_its_line()
    {
        var broken = Path.Combine(folder, "articles", "nl", "geld", "geld-kapot.md");
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        File.WriteAllText(broken, "---\nid: geld-kapot\ntheme: onbekend\n---\nTekst.\n");
        using var output = new StringWriter();

        var exitCode = KnowledgeCommands.Check(new DirectoryInfo(folder), today: null, errorsOnly: true, output);

        Assert.Equal(1, exitCode);
        Assert.Contains("articles/nl/geld/geld-kapot.md:3: error: 'theme' must be one of", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_dates_are_judged_against_the_given_day()
    {
        using var output = new StringWriter();

        var exitCode = KnowledgeCommands.Check(new DirectoryInfo(folder), today: "2030-01-01", errorsOnly: true, output);

        Assert.Equal(1, exitCode);
        Assert.Contains("reviewed", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_date_is_a_usage_error()
    {
        using var output = new StringWriter();

        Assert.Equal(2, KnowledgeCommands.Check(new DirectoryInfo(folder), today: "morgen", errorsOnly: false, output));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
