namespace KooAssistent.Bot.Persistence;

public sealed record StoredConversation(
    string Id,
    string Channel,
    string UserId,
    string? Locale,
    string? BrainState,
    long LastSequence,
    DateTimeOffset CreatedAt);
