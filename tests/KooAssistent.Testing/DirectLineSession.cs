namespace KooAssistent.Testing;

/// <summary>A started Direct Line conversation as a client holds it.</summary>
public sealed record DirectLineSession(string ConversationId, string Token, string UserId, string StreamUrl);
