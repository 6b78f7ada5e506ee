using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Canned;
using KooAssistent.Conversation.Knowledge.Validation;

namespace KooAssistent.Conversation.Tests.Knowledge.Canned;

/// <summary>The canned replies editors keep in knowledge/canned/: the shipped ones load, and 'koo kb check' refuses a broken file.</summary>
public sealed class CannedRepliesTests
{
    [Fact]
    public void The_shipped_canned_replies_load_in_Dutch_and_English_and_use_only_known_placeholders()
    {
        var canned = CannedRepliesFile.Load(TestKnowledge.Real);

        Assert.Contains(canned.For("nl"), reply => reply.Id == "welkom");
        Assert.Contains(canned.For("en"), reply => reply.Id == "welcome");
        Assert.Equal(canned.For("nl"), canned.For("tr"));
    }

    [Theory]
    [InlineData("- id: groet\n  title: Groet\n  text: Hoi {voornaam}\n", "{voornaam}")]
    [InlineData("- id: groet\n  title: Groet\n  text: Hoi\n- id: groet\n  title: Nog een\n  text: Dag\n", "used twice")]
    [InlineData("- id: Groet!\n  title: Groet\n  text: Hoi\n", "not a usable id")]
    [InlineData("- id: groet\n  title: Groet\n", "needs a text")]
    [InlineData("- id: groet\n  titel: Groet\n  text: Hoi\n", "canned/nl.yaml")]
    public void The_knowledge_check_refuses_a_canned_file_that_breaks_a_rule(string yaml, string expected)
    {
        using var knowledge = new TestKnowledge(TestKnowledge.Organisations, TestKnowledge.ValidReplies);
        Directory.CreateDirectory(Path.Combine(knowledge.Root, "canned"));
        File.WriteAllText(Path.Combine(knowledge.Root, "canned", "nl.yaml"), yaml);

        var report = KnowledgeValidator.Validate(knowledge.Folder, today: null);

        Assert.Contains(report.Errors, issue => issue.Message.Contains(expected, StringComparison.Ordinal));
        Assert.Throws<KnowledgeException>(() => KnowledgeBase.Load(knowledge.Folder));
    }

    [Theory]
    [InlineData("Hoi {firstName}, ik ben {worker} van {team}.", "Fatima", "Hoi Fatima, ik ben Anna van Buurtteam Noord.")]
    [InlineData("Hoi {firstName}, ik ben {worker} van {team}.", null, "Hoi, ik ben Anna van Buurtteam Noord.")]
    [InlineData("Fijn dat we dit bespraken, {firstName}. Groet, {worker}.", null, "Fijn dat we dit bespraken. Groet, Anna.")]
    public void Placeholders_are_filled_and_a_missing_first_name_leaves_no_gap(string text, string? firstName, string expected) =>
        Assert.Equal(expected, CannedReplies.Fill(text, "Anna", firstName, "Buurtteam Noord"));
}
