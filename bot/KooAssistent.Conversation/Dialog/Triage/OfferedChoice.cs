namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>A button the bot offered: pressing it sends its title back, which then means exactly this.</summary>
public sealed record OfferedChoice(string Title, ChoiceKind Kind, string? ArticleId = null, string? Theme = null);
