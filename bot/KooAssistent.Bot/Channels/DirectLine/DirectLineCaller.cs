namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>Who a valid token speaks for: one conversation and one resident, nothing else.</summary>
public sealed record DirectLineCaller(string ConversationId, string UserId);
