using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Conversation.Tests.Dialog;

/// <summary>Whole conversations through the brain the bot runs: the real knowledge, the detectors, the search and the triage.</summary>
public sealed class TriageBrainFlowTests
{
    private static readonly IConversationBrain Brain = ConversationBrainFactory.Create(KnowledgeBase.Load(TestKnowledge.Real));

    [Fact]
    public async Task A_clear_parenting_question_is_answered_with_its_article()
    {
        var (decision, replies) = (await Converse("mijn peuter gooit zich in de winkel steeds op de grond als hij zijn zin niet krijgt"))[^1];

        Assert.Equal(Route.Answer, decision.Route);
        Assert.Equal("opvoeden-driftbuien-peuter", decision.ArticleId);
        Assert.Contains(replies, reply => reply.Text?.Contains("driftbui", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task A_two_word_question_is_answered_when_its_verb_tells_the_subject_apart()
    {
        var (decision, _) = (await Converse("hoe vraag ik huurtoeslag aan"))[^1];

        Assert.Equal(Route.Answer, decision.Route);
        Assert.Equal("geld-toeslagen-aanvragen", decision.ArticleId);
    }

    [Fact]
    public async Task An_English_question_is_answered_in_English()
    {
        var (decision, _) = (await Converse("my toddler screams and throws tantrums every day, what can i do"))[^1];

        Assert.Equal(Route.Answer, decision.Route);
        Assert.Equal("en", decision.Language);
        Assert.Equal("opvoeden-driftbuien-peuter-en", decision.ArticleId);
    }

    [Theory]
    [InlineData("hallo")]
    [InlineData("goedemorgen, ik wil graag iets vragen")]
    public async Task A_vague_opener_gets_theme_buttons(string opener)
    {
        var (decision, replies) = (await Converse(opener))[^1];

        Assert.Equal(Route.Clarify, decision.Route);
        Assert.Contains(replies, reply => reply.SuggestedActions?.Actions.Count >= 2);
    }

    [Theory]
    [InlineData("ik wil niet meer leven")]
    [InlineData("mijn man slaat me als hij gedronken heeft")]
    [InlineData("I want to kill myself")]
    public async Task A_crisis_gets_help_lines_at_once(string message)
    {
        var (decision, replies) = (await Converse(message))[^1];

        Assert.Equal(Route.Crisis, decision.Route);
        Assert.Contains(replies, reply => reply.Text?.Contains("112", StringComparison.Ordinal) == true || reply.Text?.Contains("0800", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("mijn zoontje van 4 is weg, we waren bij de vijver in het park", "bij het water", "naar buiten")]
    [InlineData("de hele gang staat vol rook en het brandalarm gaat", "naar buiten", "bij het water")]
    [InlineData("ik ruik gas in de keuken, heel sterk", "Doe geen licht aan", "hoe oud het kind is")]
    public async Task A_missing_child_and_a_fire_each_get_their_own_first_steps(string message, string told, string notTold)
    {
        var (decision, replies) = (await Converse(message))[^1];
        var text = string.Join("\n", replies.Select(reply => reply.Text));

        Assert.Equal(Route.Crisis, decision.Route);
        Assert.Contains("112", text, StringComparison.Ordinal);
        Assert.Contains(told, text, StringComparison.Ordinal);
        Assert.DoesNotContain(notTold, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crisis_is_never_downgraded_by_a_later_ordinary_question()
    {
        var turns = await Converse("ik zie geen uitweg meer", "laat maar, hoe vraag ik een ouderschapsplan aan?");

        Assert.All(turns, turn => Assert.Equal(Route.Crisis, turn.Decision.Route));
    }

    [Fact]
    public async Task A_simple_question_then_a_tangle_of_problems_goes_to_the_Buurtteam_with_reasons()
    {
        var turns = await Converse(
            "mijn dochter van 4 heeft elke dag driftbuien",
            "eerlijk gezegd gaat het thuis ook niet goed, mijn vriend en ik gaan uit elkaar, ik moet het huis uit en ik heb geen eigen inkomen");

        Assert.Equal(Route.Answer, turns[0].Decision.Route);
        Assert.Equal(Route.Handoff, turns[1].Decision.Route);
        Assert.Contains(turns[1].Decision.Reasons, reason => reason.StartsWith("domains:", StringComparison.Ordinal));
        Assert.Contains(turns[1].Decision.Reasons, reason => reason.StartsWith("pressure:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kan ik iemand spreken")]
    [InlineData("I want to talk to a real person")]
    public async Task Asking_for_a_person_is_a_handoff(string message)
    {
        Assert.Equal(Route.Handoff, (await Converse(message))[^1].Decision.Route);
    }

    [Fact]
    public async Task A_municipal_question_is_referred_to_the_gemeente()
    {
        var (decision, replies) = (await Converse("wanneer wordt het grofvuil bij mij opgehaald"))[^1];

        Assert.Equal(Route.OutOfScope, decision.Route);
        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task A_BSN_in_a_question_gets_the_note_that_it_is_not_needed()
    {
        var (_, replies) = (await Converse("mijn bsn is 111222333, mijn peuter heeft driftbuien"))[^1];

        Assert.Contains(replies, reply => reply.Text?.Contains("BSN", StringComparison.Ordinal) == true);
    }

    private static async Task<List<(TurnDecision Decision, IReadOnlyList<Activity> Replies)>> Converse(params string[] messages)
    {
        string? state = null;
        var turns = new List<(TurnDecision, IReadOnlyList<Activity>)>();
        foreach (var message in messages)
        {
            var result = await Brain.RespondAsync(new TurnRequest("c1", "test", TurnTrigger.Message, Activity.Message(message), "nl-NL", state), CancellationToken.None);
            Assert.NotNull(result.Decision);
            turns.Add((result.Decision, result.Replies));
            state = result.State;
        }

        return turns;
    }
}
