using KooAssistent.Conversation.Dialog.Assistance;

namespace KooAssistent.Cli.Eval.Llm;

/// <summary>The model's draft for the worker, passed through unchanged and recorded in the <see cref="ModelCallLog"/>.</summary>
internal sealed class MeasuredWorkerDraft(IWorkerDraft model, ModelCallLog log) : IWorkerDraft
{
    public Task<string?> DraftAsync(RedactedText residentWords, string language, CancellationToken cancellationToken) =>
        log.MeasureAsync(ModelFeature.WorkerDraft, () => model.DraftAsync(residentWords, language, cancellationToken), draft => draft is null ? CallOutcome.Failed : CallOutcome.Answered);
}
