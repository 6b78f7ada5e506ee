namespace KooAssistent.Bot.Insights;

/// <summary>A gap group's example question (redacted as stored) and how search reads it, as <c>koo kb why</c> prints it.</summary>
public sealed record GapExplanation(string Question, string Explanation);
