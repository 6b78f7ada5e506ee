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
        var decisions = await PlayAsync(evalCase.Id, evalCase.Turns, cancellationToken);
        var last = decisions.Count == 0 ? null : decisions[^1];
        return last is null
            ? new EvalOutcome(evalCase.Id, "none", string.Empty, null, string.Empty, 0)
            : new EvalOutcome(evalCase.Id, RouteNames.Of(last.Route), last.Theme, last.ArticleId, last.Language, Math.Round(last.Confidence, 3), last.Reasons);
    }

    /// <summary>Plays the turns as one fresh conversation and returns the brain's decision on each (null where it took none).</summary>
    public async Task<IReadOnlyList<TurnDecision?>> PlayAsync(string conversationId, IReadOnlyList<string> turns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var started = await brain.RespondAsync(new TurnRequest(conversationId, Channel, TurnTrigger.ConversationStarted, null, null, null), cancellationToken);
        var state = started.State;
        var decisions = new List<TurnDecision?>(turns.Count);
        foreach (var turn in turns)
        {
            var message = new Activity { Type = ActivityTypes.Message, Text = turn };
            var result = await brain.RespondAsync(new TurnRequest(conversationId, Channel, TurnTrigger.Message, message, null, state), cancellationToken);
            state = result.State;
            decisions.Add(result.Decision);
        }

        return decisions;
    }
}
