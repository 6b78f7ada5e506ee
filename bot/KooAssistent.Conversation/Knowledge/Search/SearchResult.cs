using KooAssistent.Conversation.Knowledge.Analysis;

namespace KooAssistent.Conversation.Knowledge.Search;

/// <summary>The analysed question (for explanations) and the best articles, most likely first.</summary>
public sealed record SearchResult(string Language, IReadOnlyList<AnalyzedTerm> Query, IReadOnlyList<SearchHit> Hits);
