using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Dialog.Triage;
using KooAssistent.Conversation.Knowledge;

namespace KooAssistent.Conversation.Tests.Dialog;

/// <summary>Erasure at the resident's request: the bot asks once more, and only "yes" tells the host to erase.</summary>
public sealed class ErasureDialogFlowTests
{
    [Theory]
    [InlineData("wis mijn gesprek")]
    [InlineData("Ik wil al mijn gegevens laten verwijderen")]
    [InlineData("kunnen jullie dit gesprek verwijderen?")]
    [InlineData("vergeet mij")]
    public async Task A_request_to_erase_is_asked_back_with_yes_and_no_and_erases_nothing_yet(string request)
    {
        var turn = (await RealBrain.ConverseAsync(request))[^1];

        Assert.Equal(ErasureStep.Asked, turn.Erasure);
        Assert.Equal(Route.Clarify, turn.Decision!.Route);
        Assert.Contains("niet terugdraaien", turn.Replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["Ja, wis alles", "Nee, bewaren"], turn.Replies[^1].SuggestedActions!.Actions.Select(action => action.Title));
    }

    [Theory]
    [InlineData("Ja, wis alles")]
    [InlineData("ja")]
    public async Task Yes_tells_the_host_to_erase_and_leaves_a_state_that_remembers_nothing_the_resident_wrote(string yes)
    {
        var turns = await RealBrain.ConverseAsync("ik heb schulden bij de energie en mijn ex betaalt niet", "wis mijn gesprek", yes);

        var erased = turns[^1];
        Assert.Equal(ErasureStep.Confirmed, erased.Erasure);
        Assert.Contains("gewist", erased.Replies.Single().Text, StringComparison.Ordinal);
        var state = TriageState.Parse(erased.State);
        Assert.Empty(state.RecentMessages);
        Assert.Empty(state.Domains);
        Assert.DoesNotContain("energie", erased.State, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forgetting_a_state_keeps_only_the_language_to_answer_in()
    {
        var turns = await RealBrain.ConverseAsync("I have debts with my energy company and I live in Rosmalen");

        var forgotten = TriageState.Parse(RealBrain.Brain.Forget(turns[^1].State));

        Assert.Equal("en", forgotten.Language);
        Assert.Empty(forgotten.RecentMessages);
        Assert.Empty(forgotten.Domains);
        Assert.DoesNotContain("Rosmalen", RealBrain.Brain.Forget(turns[^1].State), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_keeps_the_conversation_and_says_how_to_ask_again()
    {
        var turn = (await RealBrain.ConverseAsync("wis mijn gesprek", "Nee, bewaren"))[^1];

        Assert.Equal(ErasureStep.Declined, turn.Erasure);
        Assert.Contains("wis mijn gesprek", turn.Replies.Single().Text, StringComparison.Ordinal);
        Assert.False(TriageState.Parse(turn.State).ErasureAsked);
    }

    [Fact]
    public async Task A_new_question_instead_of_an_answer_is_answered_and_a_later_yes_erases_nothing()
    {
        var turns = await RealBrain.ConverseAsync("wis mijn gesprek", "hoe vraag ik kwijtschelding aan", "ja");

        Assert.Equal(ErasureStep.None, turns[1].Erasure);
        Assert.Equal(Route.Answer, turns[1].Decision!.Route);
        Assert.Equal(ErasureStep.None, turns[2].Erasure);
    }

    [Fact]
    public async Task A_crisis_in_the_same_message_gets_the_help_lines_first()
    {
        var turn = (await RealBrain.ConverseAsync("verwijder mijn gegevens, ik wil niet meer leven"))[^1];

        Assert.Equal(Route.Crisis, turn.Decision!.Route);
        Assert.Equal(ErasureStep.None, turn.Erasure);
    }

    [Fact]
    public async Task An_unfinished_handoff_question_gives_way_so_yes_answers_the_erasure_question()
    {
        var turns = await RealBrain.ConverseAsync("kan ik iemand spreken", "wis eerst mijn gesprek", "ja");

        Assert.Equal(ErasureStep.Asked, turns[1].Erasure);
        Assert.Equal(ErasureStep.Confirmed, turns[2].Erasure);
        Assert.Null(turns[2].Handoff);
    }

    [Fact]
    public async Task In_English_the_question_and_buttons_are_English()
    {
        var turns = await RealBrain.ConverseAsync("How do I apply for rent benefit?", "please delete my data", "Yes, erase it");

        Assert.Equal(["Yes, erase it", "No, keep it"], turns[1].Replies[^1].SuggestedActions!.Actions.Select(action => action.Title));
        Assert.Equal(ErasureStep.Confirmed, turns[2].Erasure);
        Assert.Contains("erased", turns[2].Replies.Single().Text, StringComparison.Ordinal);
    }
}
