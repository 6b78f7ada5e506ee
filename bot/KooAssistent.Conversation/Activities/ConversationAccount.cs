namespace KooAssistent.Conversation.Activities;

public sealed record ConversationAccount(string Id, string? Name = null, bool? IsGroup = null, string? ConversationType = null);
