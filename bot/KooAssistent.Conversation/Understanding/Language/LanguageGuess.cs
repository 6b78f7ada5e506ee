namespace KooAssistent.Conversation.Understanding.Language;

/// <summary>The language of a message: "nl", "en", another ISO 639-1 code, or "unknown"; confident only on clear evidence.</summary>
public sealed record LanguageGuess(string Code, bool IsConfident);
