using KooAssistent.Conversation.Dialog;
using KooAssistent.Conversation.Knowledge;
using KooAssistent.Conversation.Understanding.Privacy;
using KooAssistent.Storage;
using KooAssistent.Storage.Insights;

namespace KooAssistent.Bot.Insights;

/// <summary>
/// What a decided turn adds to the figures: its route, theme and article, a 👍/👎, and — for a question the knowledge
/// did not answer well — the question after the PII redactor. The turn stores it in its own transaction.
/// </summary>
public sealed class InsightRecorder(KnowledgeBase knowledge, GapTerms terms, TimeProvider clock)
{
    private readonly Lazy<Dictionary<string, string>> themeOfArticle = new(() => ThemesByArticle(knowledge));

    /// <summary>Null for a turn without a decision (a welcome, an event).</summary>
    public InsightRecord? ToRecord(StoredConversation conversation, string? inboundText, TurnResult result)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Decision is not { } decision)
        {
            return null;
        }

        var feedback = result.Feedback;
        var now = clock.GetUtcNow();
        var turn = new InsightTurn(conversation.Id, conversation.Channel, now, decision.Route.ToString(), decision.Theme, decision.ArticleId);
        var judged = feedback is null ? null : new InsightFeedback(conversation.Id, feedback.ArticleId, feedback.Helped, now);
        var kind = GapRules.KindOf(decision, feedback);
        var question = kind == GapKinds.NotHelped ? feedback!.Question : inboundText;
        if (kind is null || string.IsNullOrWhiteSpace(question))
        {
            return new InsightRecord(turn, judged);
        }

        // Only the redacted text is ever handed to the store: a BSN, IBAN, phone number or e-mail address becomes a
        // placeholder before the terms are read from it, so neither column can hold one.
        var redacted = PiiRedactor.Redact(question.Trim()).Text;
        var articleId = kind == GapKinds.NotHelped ? feedback!.ArticleId : decision.ArticleId;
        var gap = new InsightGap(conversation.Id, now, kind, decision.Route.ToString(), decision.Language, redacted,
            terms.KeyOf(redacted, decision.Language), ThemesOf(decision, articleId), articleId);
        return new InsightRecord(turn, judged, gap);
    }

    /// <summary>The theme decided and the themes of every article the brain considered.</summary>
    private string ThemesOf(TurnDecision decision, string? articleId)
    {
        var articles = decision.Reasons
            .Where(reason => reason.StartsWith("candidate:", StringComparison.Ordinal))
            .Select(reason => reason["candidate:".Length..])
            .Append(articleId)
            .OfType<string>();
        var themes = articles
            .Select(id => themeOfArticle.Value.GetValueOrDefault(id))
            .Prepend(decision.Theme)
            .Where(theme => !string.IsNullOrEmpty(theme))
            .Distinct(StringComparer.Ordinal);
        return string.Join(',', themes);
    }

    private static Dictionary<string, string> ThemesByArticle(KnowledgeBase knowledge)
    {
        var themes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in knowledge.Articles)
        {
            themes.TryAdd(article.Id, article.Theme);
        }

        return themes;
    }
}
