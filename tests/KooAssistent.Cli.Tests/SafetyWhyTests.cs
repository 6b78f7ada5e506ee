using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Cli.Tests;

/// <summary><c>koo safety why</c> shows an editor why the brain judged a conversation as it did.</summary>
public sealed class SafetyWhyTests
{
    private static readonly DirectoryInfo Knowledge = new(KnowledgeFolder.Locate(null, AppContext.BaseDirectory).Root);

    [Fact]
    public async Task A_danger_in_the_second_turn_names_the_rule_its_concepts_and_the_classifiers_vote()
    {
        using var output = new StringWriter();

        var exitCode = await SafetyWhyCommand.ExplainAsync(["hoi", "ik heb pillen gespaard, genoeg"], Knowledge, output, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("turn 1: clarify", text, StringComparison.Ordinal);
        Assert.Contains("turn 2: crisis", text, StringComparison.Ordinal);
        Assert.Matches(@"certain\s+Suicide:", text);
        Assert.Contains("d_means", text, StringComparison.Ordinal);
        Assert.Contains("classifier on the conversation: crisis", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ordinary_question_shows_its_article_no_danger_rule_and_its_life_domain()
    {
        using var output = new StringWriter();

        var exitCode = await SafetyWhyCommand.ExplainAsync(["hoe vraag ik huurtoeslag aan"], Knowledge, output, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("turn 1: answer geld", text, StringComparison.Ordinal);
        Assert.Contains("danger rules: none fired", text, StringComparison.Ordinal);
        Assert.DoesNotContain("classifier on the conversation", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_knowledge_folder_is_a_clear_error_with_exit_code_2()
    {
        using var output = new StringWriter();

        var exitCode = await SafetyWhyCommand.ExplainAsync(["hallo"], new DirectoryInfo(Path.Combine(Path.GetTempPath(), "koo-no-knowledge-" + Guid.NewGuid().ToString("N"))), output, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("koo safety why:", output.ToString(), StringComparison.Ordinal);
    }
}
