namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>What recognition needs besides the text.</summary>
/// <param name="Language">"nl" or "en" (a region such as "nl-NL" is fine); anything else, or empty, tries both.</param>
/// <param name="ReferenceDate">
/// The resident's "today" (Europe/Amsterdam), against which "morgen", "volgende week" and "1 maart" are resolved.
/// Passed in rather than read from the clock so that a conversation replayed later reads the same.
/// </param>
public sealed record RecognitionContext(string Language, DateOnly ReferenceDate);
