using KooAssistent.Conversation.Knowledge.Analysis;

namespace KooAssistent.Conversation.Knowledge.Search;

/// <summary>The analysed question (for explanations) and the best articles, most likely first.</summary>
/// <param name="CorrectionComparisons">How many known words typo correction compared the question's words with: its work.</param>
public sealed record SearchResult(string Language, IReadOnlyList<AnalyzedTerm> Query, IReadOnlyList<SearchHit> Hits, int CorrectionComparisons = 0);
