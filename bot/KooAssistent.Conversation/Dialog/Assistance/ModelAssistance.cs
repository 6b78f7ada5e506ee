namespace KooAssistent.Conversation.Dialog.Assistance;

/// <summary>
/// The optional help of a language model, as the brain sees it: which features are switched on and how long one turn
/// may wait for them together. The brain never learns which model or server is behind them. <see cref="None"/> is
/// today's bot: no feature, nothing waited for.
/// </summary>
/// <param name="TimeLimit">The longest a turn waits for the model, all calls together; after it the turn goes on without.</param>
/// <param name="WorkerDraft">Drafts a summary for the worker on the turn the resident agrees to a handoff.</param>
public sealed record ModelAssistance(IDangerSecondOpinion? SecondOpinion, IGroundedPhrasing? Phrasing, TimeSpan TimeLimit, IWorkerDraft? WorkerDraft = null)
{
    public static ModelAssistance None { get; } = new(null, null, TimeSpan.Zero);

    public bool IsOff => SecondOpinion is null && Phrasing is null && WorkerDraft is null;
}
