namespace KooAssistent.Storage;

/// <param name="ErasedAt">When the transcript was erased at the resident's request (the row stays to deliver the confirmation); null if never.</param>
public sealed record StoredConversation(
    string Id,
    string Channel,
    string UserId,
    string? Locale,
    string? BrainState,
    long LastSequence,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ErasedAt = null);
