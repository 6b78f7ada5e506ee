using KooAssistent.Conversation.Knowledge.Analysis;

namespace KooAssistent.Conversation.Knowledge.Search;

/// <summary>Why an article matched: a term of the question, the word it came from, and the fields it was found in.</summary>
public sealed record TermMatch(string Term, string Source, TermOrigin Origin, IReadOnlyList<ArticleField> Fields, double Contribution);
