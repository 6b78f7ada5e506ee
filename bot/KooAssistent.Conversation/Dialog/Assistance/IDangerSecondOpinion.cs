namespace KooAssistent.Conversation.Dialog.Assistance;

/// <summary>
/// A second reader of danger beside the rules (a language model, when a municipality switches one on). The brain asks
/// it only about messages the rules did not mark as crisis, and only ever adds what it says: it cannot lower a crisis
/// or the danger question. Implementations return <see cref="DangerLevel.Unavailable"/> instead of throwing.
/// </summary>
public interface IDangerSecondOpinion
{
    Task<DangerOpinion> JudgeAsync(RedactedText message, CancellationToken cancellationToken);
}
