using KooAssistent.Conversation.Dialog.Assistance;

namespace KooAssistent.Cli.Eval.Llm;

/// <summary>The model's phrasing of an answer, passed through unchanged and recorded in the <see cref="ModelCallLog"/>; the guard's verdict is counted from the turn's reasons.</summary>
internal sealed class MeasuredPhrasing(IGroundedPhrasing model, ModelCallLog log) : IGroundedPhrasing
{
    public Task<string?> PhraseAsync(PhrasingRequest request, CancellationToken cancellationToken) =>
        log.MeasureAsync(ModelFeature.Phrasing, () => model.PhraseAsync(request, cancellationToken), phrased => phrased is null ? CallOutcome.Failed : CallOutcome.Answered);
}
