using KooAssistent.Conversation.Knowledge.Articles;

namespace KooAssistent.Conversation.Knowledge.Search;

/// <param name="Score">The BM25F score that ranks the hits.</param>
/// <param name="Coverage">Share of the question's information this article matches, 0..1.</param>
/// <param name="Confidence">How sure the match is, 0..1, from the coverage (see <see cref="SearchSettings"/>).</param>
public sealed record SearchHit(Article Article, double Score, double Coverage, double Confidence, IReadOnlyList<TermMatch> Matches);
