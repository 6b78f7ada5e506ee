using KooAssistent.Conversation.Dialog;
using KooAssistent.Storage.Insights;
using Route = KooAssistent.Conversation.Dialog.Route;

namespace KooAssistent.Bot.Insights;

/// <summary>
/// Which turns hold a question the knowledge did not answer well. Never a crisis or a handoff (those are about a
/// person, not about content), never a pressed button (its words are the bot's own), never the danger question.
/// </summary>
public static class GapRules
{
    /// <summary>
    /// Answers below this are kept as low-confidence gaps: the band just above the bar to answer
    /// (<c>TriagePolicy.AnswerConfidence</c>, 0.5), where a missing example question in an article shows first.
    /// </summary>
    public const double LowConfidence = 0.6;

    /// <summary>The gap kind of a turn, or null when it is no gap; a 👎 is a gap whatever the route.</summary>
    public static string? KindOf(TurnDecision decision, ArticleFeedback? feedback)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (feedback is { Helped: false, Question.Length: > 0 })
        {
            return GapKinds.NotHelped;
        }

        if (decision.Reasons.Any(reason => reason.StartsWith("button:", StringComparison.Ordinal) || reason.StartsWith("danger-question", StringComparison.Ordinal) || reason.StartsWith("feedback:", StringComparison.Ordinal)))
        {
            return null;
        }

        return decision.Route switch
        {
            Route.OutOfScope => GapKinds.OutOfScope,
            Route.Clarify when decision.Reasons.Any(reason => reason == "vague" || reason.StartsWith("vague:", StringComparison.Ordinal)
                || reason.StartsWith("candidate:", StringComparison.Ordinal) || reason == "no-article") => GapKinds.AskedBack,
            Route.Answer when decision.ArticleId is not null && decision.Confidence < LowConfidence
                && decision.Reasons.Any(reason => reason.StartsWith("article:", StringComparison.Ordinal)) => GapKinds.LowConfidence,
            _ => null,
        };
    }
}
