using KooAssistent.Conversation.Dialog.Assistance;

namespace KooAssistent.Cli.Eval.Llm;

/// <summary>The model's second opinion on danger, passed through unchanged and recorded in the <see cref="ModelCallLog"/>.</summary>
internal sealed class MeasuredSecondOpinion(IDangerSecondOpinion model, ModelCallLog log) : IDangerSecondOpinion
{
    public Task<DangerOpinion> JudgeAsync(RedactedText message, CancellationToken cancellationToken) =>
        log.MeasureAsync(ModelFeature.SecondOpinion, () => model.JudgeAsync(message, cancellationToken), Outcome);

    private static CallOutcome Outcome(DangerOpinion opinion) => opinion switch
    {
        { Level: not DangerLevel.Unavailable } => CallOutcome.Answered,
        { Failure: "unreadable" } => CallOutcome.Unreadable,
        _ => CallOutcome.Failed,
    };
}
