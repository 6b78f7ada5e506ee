namespace KooAssistent.Storage.Insights;

/// <summary>A question the bot could not answer well, for the editors.</summary>
/// <param name="Kind">Why it is a gap: <see cref="GapKinds"/>.</param>
/// <param name="Text">The message after the PII redactor; the original is never stored.</param>
/// <param name="Terms">Its analysed search terms, sorted and space-separated: similar questions share them.</param>
/// <param name="Themes">The themes the brain considered, comma-separated; empty when none.</param>
/// <param name="ArticleId">The article answered or offered first, if any.</param>
public sealed record InsightGap(
    string ConversationId, DateTimeOffset At, string Kind, string Route, string Language, string Text, string Terms, string Themes, string? ArticleId);
