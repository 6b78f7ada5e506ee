using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Conversation.Tests.Dialog;

/// <summary>
/// Danger that is possible but not certain gets one direct question, "Ben je nu in gevaar?", with 112 and the help
/// line in the same message, instead of an article. Yes makes it a crisis; no goes back to the resident's question.
/// </summary>
public sealed class DangerQuestionFlowTests
{
    private const string FearInDutch = "ik ben bang voor hem. hoe werkt een omgangsregeling?";
    private const string FearInEnglish = "I'm scared of him. how does a parenting plan work?";

    [Fact]
    public async Task Possible_danger_is_asked_about_with_112_and_the_help_line_and_two_buttons()
    {
        var turn = Assert.Single(await RealBrain.ConverseAsync(FearInDutch));

        Assert.Equal(Route.Crisis, turn.Decision!.Route);
        Assert.Contains("danger-question", turn.Decision.Reasons);
        var question = Text(turn);
        Assert.Contains("Ben je nu in gevaar?", question, StringComparison.Ordinal);
        Assert.Contains("112", question, StringComparison.Ordinal);
        Assert.Contains("0800-2000", question, StringComparison.Ordinal);
        Assert.Equal(["Ja, nu in gevaar", "Nee, nu niet"], Buttons(turn));
    }

    [Theory]
    [InlineData("Ja, nu in gevaar")]
    [InlineData("ja")]
    public async Task Yes_makes_it_a_crisis_with_its_help_lines(string yes)
    {
        var turns = await RealBrain.ConverseAsync(FearInDutch, yes);

        Assert.Equal(Route.Crisis, turns[1].Decision!.Route);
        Assert.Contains(turns[1].Decision!.Reasons, reason => reason.Contains("danger-question:yes", StringComparison.Ordinal));
        Assert.Contains("Veilig Thuis", Text(turns[1]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nee, nu niet")]
    [InlineData("nee hoor")]
    public async Task No_goes_back_to_the_question_with_the_help_line_shown_once(string no)
    {
        var turns = await RealBrain.ConverseAsync(FearInDutch, no, "en hoe werkt dat met de vakanties?");

        Assert.NotEqual(Route.Crisis, turns[1].Decision!.Route);
        Assert.Contains("danger-question:no", turns[1].Decision!.Reasons);
        var answer = Text(turns[1]);
        Assert.Contains("Fijn dat je nu niet in gevaar bent", answer, StringComparison.Ordinal);
        Assert.Contains("0800-2000", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("0800-2000", Text(turns[2]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ik wil gewoon dat iemand het weet")]
    [InlineData("hoe werkt dat met de vakanties?")]
    public async Task An_answer_that_is_not_a_no_keeps_the_help_lines_first(string reply)
    {
        var turns = await RealBrain.ConverseAsync(FearInDutch, reply);

        Assert.Equal(Route.Crisis, turns[1].Decision!.Route);
        Assert.Contains("danger-question:not-denied", turns[1].Decision!.Reasons);
        Assert.Contains("0800-2000", Text(turns[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_kind_of_danger_is_asked_about_once()
    {
        var turns = await RealBrain.ConverseAsync(FearInDutch, "nee", "ik ben wel bang voor hem als hij boos is");

        Assert.DoesNotContain("danger-question", turns[2].Decision!.Reasons);
    }

    [Fact]
    public async Task A_clear_crisis_in_the_answer_is_a_crisis_whatever_was_asked()
    {
        var turns = await RealBrain.ConverseAsync(FearInDutch, "nee, maar hij heeft me gisteren gewurgd");

        Assert.Equal(Route.Crisis, turns[1].Decision!.Route);
        Assert.DoesNotContain("danger-question", turns[1].Decision!.Reasons);
    }

    [Fact]
    public async Task In_English_the_question_and_the_answers_are_English()
    {
        var turns = await RealBrain.ConverseAsync(FearInEnglish, "No, not now");

        Assert.Contains("Are you in danger right now?", Text(turns[0]), StringComparison.Ordinal);
        Assert.Equal(["Yes, in danger", "No, not now"], Buttons(turns[0]));
        Assert.Contains("Good that you are not in danger right now", Text(turns[1]), StringComparison.Ordinal);
        Assert.NotEqual(Route.Crisis, turns[1].Decision!.Route);
    }

    [Fact]
    public async Task In_English_yes_makes_it_a_crisis()
    {
        var turns = await RealBrain.ConverseAsync(FearInEnglish, "yes");

        Assert.Equal(Route.Crisis, turns[1].Decision!.Route);
        Assert.Contains("Veilig Thuis", Text(turns[1]), StringComparison.Ordinal);
    }

    private static string Text(TurnResult turn) => string.Join("\n", turn.Replies.Select(reply => reply.Text));

    private static List<string> Buttons(TurnResult turn) =>
        [.. turn.Replies.SelectMany(reply => reply.SuggestedActions?.Actions ?? []).Select(action => action.Title ?? string.Empty)];
}
