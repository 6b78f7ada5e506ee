namespace KooAssistent.Conversation.Dialog.Assistance;

/// <summary>
/// Phrases a short answer to the resident's exact question from one article. What it returns is only a proposal:
/// the brain passes it through <see cref="GroundingGuard"/> and sends the article's own text when the guard refuses.
/// Returns null instead of throwing when there is no usable answer (timeout, error).
/// </summary>
public interface IGroundedPhrasing
{
    Task<string?> PhraseAsync(PhrasingRequest request, CancellationToken cancellationToken);
}
