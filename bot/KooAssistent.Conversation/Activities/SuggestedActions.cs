namespace KooAssistent.Conversation.Activities;

/// <summary>Buttons shown under a message; an empty <see cref="To"/> shows them to everyone.</summary>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions, IReadOnlyList<string>? To = null);
