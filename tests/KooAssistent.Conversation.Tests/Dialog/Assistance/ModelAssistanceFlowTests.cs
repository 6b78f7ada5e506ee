using Stopwatch = System.Diagnostics.Stopwatch;
using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Dialog.Assistance;
using KooAssistent.Conversation.Dialog.Triage;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Knowledge.Search;

namespace KooAssistent.Conversation.Tests.Dialog.Assistance;

/// <summary>
/// The brain with a language model's help: the model may add danger and phrase a plain answer through the guard, and
/// whatever it does — answer, fail, hang — the turn ends within the time limit, never with less safety than without it.
/// </summary>
public sealed class ModelAssistanceFlowTests
{
    private const string TaxQuestion = "wie helpt mij met mijn belastingaangifte";
    private const string RuleCrisis = "ik wil niet meer leven, ik heb de pillen al klaarliggen";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Load(TestKnowledge.Real);
    private static readonly KnowledgeIndex Index = KnowledgeIndex.Build(Knowledge);

    [Fact]
    public async Task A_crisis_raised_by_the_second_opinion_gets_the_help_lines_at_once()
    {
        var model = new ScriptedAssistant(judge: ScriptedAssistant.Returns(new DangerOpinion(DangerLevel.Crisis, CrisisCategory.Suicide)));

        var turn = await TurnAsync(model, TaxQuestion);

        Assert.Equal(Route.Crisis, turn.Decision!.Route);
        Assert.Contains("second-opinion:crisis:suicide", turn.Decision.Reasons);
        Assert.Contains("113", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_possible_danger_from_the_second_opinion_asks_whether_the_resident_is_in_danger_now()
    {
        var model = new ScriptedAssistant(judge: ScriptedAssistant.Returns(new DangerOpinion(DangerLevel.Possible, CrisisCategory.Violence)));

        var turn = await TurnAsync(model, TaxQuestion);

        Assert.Equal(Route.Crisis, turn.Decision!.Route);
        Assert.Contains("danger-question", turn.Decision.Reasons);
        Assert.Contains("Ben je nu in gevaar?", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_the_rules_mark_as_crisis_is_not_given_to_the_model_and_is_answered_as_without_it()
    {
        var model = new ScriptedAssistant(judge: ScriptedAssistant.Returns(DangerOpinion.NoDanger), phrase: ScriptedAssistant.Returns<string?>("Het valt wel mee."));

        var turn = await TurnAsync(model, RuleCrisis);

        Assert.Empty(model.Judged);
        Assert.Empty(model.Phrased);
        Assert.Equal(Route.Crisis, turn.Decision!.Route);
        Assert.Equal((await TurnAsync(null, RuleCrisis)).Replies[0].Text, turn.Replies[0].Text);
    }

    [Fact]
    public async Task No_danger_from_the_model_after_a_crisis_does_not_lower_it()
    {
        var model = new ScriptedAssistant(judge: ScriptedAssistant.Returns(DangerOpinion.NoDanger));

        var turns = await ConverseAsync(model, RuleCrisis, TaxQuestion);

        Assert.Equal(Route.Crisis, turns[1].Decision!.Route);
        Assert.Contains("crisis:earlier", turns[1].Decision!.Reasons);
        Assert.Equal((await ConverseAsync(null, RuleCrisis, TaxQuestion))[1].Replies[0].Text, turns[1].Replies[0].Text);
    }

    [Fact]
    public async Task Only_redacted_text_reaches_the_model()
    {
        var model = new ScriptedAssistant();

        await TurnAsync(model, "mijn nummer is 06 12345678 en mijn BSN 111222333, wie helpt mij met mijn belastingaangifte");

        var sent = Assert.Single(model.Judged);
        Assert.DoesNotContain("12345678", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("111222333", sent, StringComparison.Ordinal);
        Assert.Contains("belastingaangifte", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_second_opinion_leaves_the_turn_as_without_a_model()
    {
        var model = new ScriptedAssistant(judge: ScriptedAssistant.Throws<DangerOpinion>());

        var turn = await TurnAsync(model, TaxQuestion);

        Assert.Equal(await ReplyWithoutModelAsync(TaxQuestion), turn.Replies[0].Text);
        Assert.Equal(Route.Answer, turn.Decision!.Route);
    }

    [Fact]
    public async Task A_model_that_never_answers_is_given_up_on_within_the_time_limit()
    {
        var model = new ScriptedAssistant(judge: ScriptedAssistant.Hangs<DangerOpinion>(), phrase: ScriptedAssistant.Hangs<string?>());
        var started = Stopwatch.GetTimestamp();

        var turn = await TurnAsync(model, TaxQuestion);

        Assert.True(Stopwatch.GetElapsedTime(started) < Limit + TimeSpan.FromSeconds(2), $"took {Stopwatch.GetElapsedTime(started)}");
        Assert.Equal(await ReplyWithoutModelAsync(TaxQuestion), turn.Replies[0].Text);
    }

    [Fact]
    public async Task A_grounded_phrasing_replaces_the_articles_text_under_its_title()
    {
        var model = new ScriptedAssistant(phrase: ScriptedAssistant.Returns<string?>(GroundingGuardTests.FaithfulTaxAnswer));

        var turn = await TurnAsync(model, TaxQuestion);

        var request = Assert.Single(model.Phrased);
        Assert.Equal("geld-belastingaangifte-hulp", turn.Decision!.ArticleId);
        Assert.Equal(TaxQuestion, request.Question.Value);
        Assert.Contains("phrasing:used", turn.Decision.Reasons);
        Assert.Contains("**Hulp bij je belastingaangifte**\n\n" + GroundingGuardTests.FaithfulTaxAnswer, turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leg klaar", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bel Koo op 06 98765432.", "phrasing:refused:number")]
    [InlineData("Koo helpt je voor € 15.", "phrasing:refused:amount")]
    [InlineData("Ik denk dat het wel meevalt.", "phrasing:refused:no-contact")]
    public async Task A_phrasing_with_an_invented_fact_is_refused_and_the_articles_own_text_is_sent(string invented, string reason)
    {
        var model = new ScriptedAssistant(phrase: ScriptedAssistant.Returns<string?>(invented));

        var turn = await TurnAsync(model, TaxQuestion);

        Assert.Contains(reason, turn.Decision!.Reasons);
        Assert.Equal(await ReplyWithoutModelAsync(TaxQuestion), turn.Replies[0].Text);
    }

    [Fact]
    public async Task A_failing_phrasing_sends_the_articles_own_text()
    {
        var model = new ScriptedAssistant(phrase: ScriptedAssistant.Throws<string?>());

        var turn = await TurnAsync(model, TaxQuestion);

        Assert.Contains("phrasing:unavailable:error", turn.Decision!.Reasons);
        Assert.Equal(await ReplyWithoutModelAsync(TaxQuestion), turn.Replies[0].Text);
    }

    [Fact]
    public async Task A_question_that_gets_a_clarifying_question_is_not_phrased()
    {
        var model = new ScriptedAssistant(phrase: ScriptedAssistant.Returns<string?>("Koo helpt je."));

        var turn = await TurnAsync(model, "geld");

        Assert.NotEqual(Route.Answer, turn.Decision!.Route);
        Assert.Empty(model.Phrased);
    }

    private static readonly string[] Handoff =
        ["ik heb 4000 euro schulden, mijn vrouw is weg en ik moet over 2 weken het huis uit. ik weet het niet meer", "Ja, graag", "5211 AB", "Bel mij terug", "06 12345678", "ik ben Anna", "Ja, vandaag nog"];

    [Fact]
    public async Task The_worker_gets_the_models_draft_of_at_most_three_lines_from_redacted_words_and_the_resident_never_sees_it()
    {
        const string Draft = "Schulden van 4000 euro, partner vertrokken.\nMoet over 2 weken het huis uit.\nWil hulp van een medewerker.\nVierde regel.";
        var model = new ScriptedAssistant(draft: ScriptedAssistant.Returns<string?>(Draft));

        var turns = await ConverseAsync(model, Handoff);
        var without = await ConverseAsync(null, Handoff);

        var request = turns[^1].Handoff!;
        Assert.Equal("Schulden van 4000 euro, partner vertrokken.\nMoet over 2 weken het huis uit.\nWil hulp van een medewerker.", request.WorkerDraft);
        Assert.Equal(without[^1].Handoff! with { WorkerDraft = request.WorkerDraft }, request, HandoffComparer.Instance);
        var sent = Assert.Single(model.Drafted);
        Assert.Contains("4000 euro schulden", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", sent, StringComparison.Ordinal);
        Assert.Equal(without.SelectMany(turn => turn.Replies).Select(reply => reply.Text), turns.SelectMany(turn => turn.Replies).Select(reply => reply.Text));
        Assert.DoesNotContain(turns.SelectMany(turn => turn.Replies), reply => reply.Text?.Contains("partner vertrokken", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_failing_or_hanging_draft_leaves_the_structured_summary_alone()
    {
        var failing = await ConverseAsync(new ScriptedAssistant(draft: ScriptedAssistant.Throws<string?>()), Handoff);
        var hanging = await ConverseAsync(new ScriptedAssistant(draft: ScriptedAssistant.Hangs<string?>()), Handoff);

        Assert.NotNull(failing[^1].Handoff);
        Assert.Null(failing[^1].Handoff!.WorkerDraft);
        Assert.NotNull(hanging[^1].Handoff);
        Assert.Null(hanging[^1].Handoff!.WorkerDraft);
    }

    private static async Task<string?> ReplyWithoutModelAsync(string message) => (await TurnAsync(null, message)).Replies[0].Text;

    private static async Task<TurnResult> TurnAsync(ScriptedAssistant? model, string message) => (await ConverseAsync(model, message))[0];

    private static async Task<List<TurnResult>> ConverseAsync(ScriptedAssistant? model, params string[] messages)
    {
        var assistance = model is null ? ModelAssistance.None : new ModelAssistance(model, model, Limit, model);
        var brain = ConversationBrainFactory.Create(Knowledge, Index, assistance, TimeProvider.System);
        string? state = null;
        var turns = new List<TurnResult>();
        foreach (var message in messages)
        {
            var result = await brain.RespondAsync(new TurnRequest("c1", "test", TurnTrigger.Message, Activity.Message(message), "nl-NL", state), CancellationToken.None);
            turns.Add(result);
            state = result.State;
        }

        return turns;
    }
}
