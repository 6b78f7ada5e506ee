namespace KooAssistent.Conversation.Dialog;

/// <summary>
/// The brain's decision on one turn, with its reasons, so evaluation (<c>koo eval</c>), the handoff summary and the
/// staff console can show why.
/// </summary>
/// <param name="Theme">The knowledge theme the decision is about, or empty when there is none.</param>
/// <param name="ArticleId">The article answered (or the best candidate), if any.</param>
/// <param name="Language">The language the bot answered in (<c>nl</c>, <c>en</c>, ...).</param>
/// <param name="Confidence">How sure the decision is, 0..1.</param>
/// <param name="Reasons">Short machine-readable reasons, e.g. <c>crisis:suicide</c>, <c>domains:geld+wonen</c>, <c>pressure:eviction</c>.</param>
public sealed record TurnDecision(
    Route Route,
    string Theme,
    string? ArticleId,
    string Language,
    double Confidence,
    IReadOnlyList<string> Reasons);
