namespace KooAssistent.Storage;

public sealed record NewConversation(string Id, string Channel, string UserId, string? Locale);
