namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>One search term from a text, how much it counts, and where it came from (for <c>koo kb why</c>).</summary>
/// <param name="Term">The stem, or a synonym group name starting with <c>~</c>.</param>
/// <param name="Weight">1 for a word as written; less for a compound part or a typo correction.</param>
/// <param name="Source">The word in the text it came from.</param>
public readonly record struct AnalyzedTerm(string Term, double Weight, TermOrigin Origin, string Source);
