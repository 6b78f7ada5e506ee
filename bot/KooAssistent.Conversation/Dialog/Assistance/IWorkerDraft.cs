namespace KooAssistent.Conversation.Dialog.Assistance;

/// <summary>
/// Drafts a short summary for the Buurtteam worker from what the resident wrote (redacted). The draft goes with the
/// ticket, beside the structured summary, and is marked as a model's draft; it is never sent to the resident.
/// Returns null instead of throwing when there is no usable draft.
/// </summary>
public interface IWorkerDraft
{
    Task<string?> DraftAsync(RedactedText residentWords, string language, CancellationToken cancellationToken);
}
