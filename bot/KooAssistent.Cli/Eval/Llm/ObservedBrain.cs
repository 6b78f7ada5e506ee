using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Cli.Eval.Llm;

/// <summary>The brain, unchanged, with each turn's decision shown to an observer on its way back.</summary>
internal sealed class ObservedBrain(IConversationBrain brain, Action<TurnDecision> observe) : IConversationBrain
{
    public async ValueTask<TurnResult> RespondAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        var result = await brain.RespondAsync(request, cancellationToken).ConfigureAwait(false);
        if (result.Decision is { } decision)
        {
            observe(decision);
        }

        return result;
    }

    public string Forget(string? state) => brain.Forget(state);
}
