using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Cli.Eval;

/// <summary>Plays each case as a fresh conversation through the live bot's brain, turn by turn, and records the last decision.</summary>
internal sealed class EvalRunner(IConversationBrain brain)
{
    public const string Channel = "eval";

    public async Task<EvalOutcome> RunAsync(EvalCase evalCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        var started = await brain.RespondAsync(new TurnRequest(evalCase.Id, Channel, TurnTrigger.ConversationStarted, null, null, null), cancellationToken);
        var state = started.State;
        TurnDecision? last = null;
        foreach (var turn in evalCase.Turns)
        {
            var message = new Activity { Type = ActivityTypes.Message, Text = turn };
            var result = await brain.RespondAsync(new TurnRequest(evalCase.Id, Channel, TurnTrigger.Message, message, null, state), cancellationToken);
            state = result.State;
            last = result.Decision;
        }

        return last is null
            ? new EvalOutcome(evalCase.Id, "none", string.Empty, null, string.Empty, 0)
            : new EvalOutcome(evalCase.Id, RouteNames.Of(last.Route), last.Theme, last.ArticleId, last.Language, Math.Round(last.Confidence, 3), last.Reasons);
    }
}
