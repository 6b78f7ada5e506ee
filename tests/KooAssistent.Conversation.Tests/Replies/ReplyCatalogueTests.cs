using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Tests.Replies;

public sealed class ReplyCatalogueTests
{
    [Fact]
    public void Placeholders_are_filled_from_the_organisations_file()
    {
        using var knowledge = new TestKnowledge(TestKnowledge.Organisations, TestKnowledge.CompleteReplies(
            (ReplyKey.NoGoodAnswer, "Bel {koo.phone} of kijk op {koo.website}."),
            (ReplyKey.TurnFailed, "Bel {koo.name} op {koo.phone}. Gevaar? Bel {alarmnummer.phone}.")));

        var catalogue = ReplyCatalogue.Load(knowledge.Folder, OrganisationDirectory.Load(knowledge.Folder));

        Assert.Equal("Bel 073 206 88 88 of kijk op www.kijkopkoo.nl.", catalogue[ReplyKey.NoGoodAnswer]);
        Assert.Equal("Bel Koo op 073 206 88 88. Gevaar? Bel 112.", catalogue[ReplyKey.TurnFailed]);
    }

    [Fact]
    public void A_missing_text_stops_loading_and_names_the_key()
    {
        using var knowledge = new TestKnowledge(TestKnowledge.Organisations, TestKnowledge.CompleteReplies((ReplyKey.TurnFailed, null)));

        var error = Assert.Throws<KnowledgeException>(() => ReplyCatalogue.Load(knowledge.Folder, OrganisationDirectory.Load(knowledge.Folder)));

        Assert.Contains("turn_failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_refused_so_a_typo_is_not_silently_ignored()
    {
        using var knowledge = new TestKnowledge(TestKnowledge.Organisations, TestKnowledge.CompleteReplies() + "welcom: typo\n");

        var error = Assert.Throws<KnowledgeException>(() => ReplyCatalogue.Load(knowledge.Folder, OrganisationDirectory.Load(knowledge.Folder)));

        Assert.Contains("welcom", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ggd.phone}", "organisation 'ggd' that is not in")]
    [InlineData("{alarmnummer.website}", "'alarmnummer' has no website")]
    [InlineData("{koo.fax}", "'koo' has no fax")]
    public void A_placeholder_that_does_not_resolve_is_refused(string placeholder, string expected)
    {
        using var knowledge = new TestKnowledge(TestKnowledge.Organisations, TestKnowledge.CompleteReplies((ReplyKey.AttachmentsNotSupported, $"Bel {placeholder}.")));

        var error = Assert.Throws<KnowledgeException>(() => ReplyCatalogue.Load(knowledge.Folder, OrganisationDirectory.Load(knowledge.Folder)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_button_longer_than_WhatsApp_allows_is_refused()
    {
        using var knowledge = new TestKnowledge(TestKnowledge.Organisations, TestKnowledge.CompleteReplies((ReplyKey.ButtonTalkToPerson, "Praat met een echte medewerker")));

        var error = Assert.Throws<KnowledgeException>(() => ReplyCatalogue.Load(knowledge.Folder, OrganisationDirectory.Load(knowledge.Folder)));

        Assert.Contains("at most 20", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Every_shipped_catalogue_loads_and_every_text_is_short_enough_for_a_chat_bubble(string language)
    {
        var folder = TestKnowledge.Real;
        var catalogue = ReplyCatalogue.Load(folder, OrganisationDirectory.Load(folder), language);

        foreach (var key in Enum.GetValues<ReplyKey>())
        {
            Assert.False(string.IsNullOrWhiteSpace(catalogue[key]));
            // The host fills in the worker's name and team and when the team opens, the handoff dialog the resident's
            // own number, a Teams notification the ticket's number and link; no other text may keep a brace.
            var text = catalogue[key].Replace("{naam}", "Anna", StringComparison.Ordinal).Replace("{team}", "Buurtteam Noord", StringComparison.Ordinal)
                .Replace("{wanneer}", "maandag vanaf 09:00", StringComparison.Ordinal).Replace("{telefoon}", "06 12345678", StringComparison.Ordinal)
                .Replace("{nummer}", "K4M-9QXT", StringComparison.Ordinal).Replace("{link}", "https://koo.example.nl/staff/index.html?ticket=K4M9QXT", StringComparison.Ordinal);
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            Assert.True(catalogue[key].Length < 600, $"{key} is {catalogue[key].Length} characters; B1 chat replies stay short.");
        }
    }

    [Fact]
    public void The_shipped_welcome_says_it_is_a_computer_program_and_warns_against_sharing_a_BSN()
    {
        var folder = TestKnowledge.Real;
        var welcome = ReplyCatalogue.Load(folder, OrganisationDirectory.Load(folder))[ReplyKey.Welcome];

        Assert.Contains("computerprogramma", welcome, StringComparison.Ordinal);
        Assert.Contains("BSN", welcome, StringComparison.Ordinal);
        Assert.Contains("073 206 88 88", welcome, StringComparison.Ordinal);
    }
}
