using KooAssistent.Conversation.Understanding.Domains;
using KooAssistent.Conversation.Replies;
using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>
/// The triage's judgement for one message, in a fixed order: crisis first and never overridden; a language the bot
/// does not speak; then what the resident asked for (a pressed button, a person, "this does not help"); then the
/// tangle of problems that belongs with a Buurtteam; and only then the knowledge: answer, ask, or refer.
/// </summary>
public sealed class TriageDecider(TriageContent content, IArticleSearch search)
{
    private readonly TriageAnswers answers = new(content, search);

    public TriagePlan Decide(string text, MessageReading reading, TriageState state)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(state);
        var next = Accumulate(text, reading, state);

        if (reading.Crisis.Count > 0)
        {
            return Crisis(reading.Crisis, next);
        }

        var replies = content.Knowledge.RepliesFor(next.Language);
        if (state.DangerAsked.Count > 0 && DangerQuestion.IsYes(text, replies[ReplyKey.ButtonDangerYes]))
        {
            return Crisis([.. state.DangerAsked.Select(kind => new CrisisFinding(kind, "danger-question:yes"))], next);
        }

        // Danger that may be there is asked about once per kind, before anything else is answered.
        var possible = reading.PossibleDanger.Where(finding => !state.DangerAskedBefore.Contains(finding.Category)).ToList();
        if (possible.Count > 0 && state.DangerAsked.Count == 0)
        {
            return DangerQuestion.Ask(possible, next, replies);
        }

        var plan = !IsSpoken(reading.Language) && reading.LanguageIsConfident
            ? Plan(next, Route.Clarify, string.Empty, ["language:" + reading.Language], [ReplyKey.OtherLanguage])
            : Ordinary(text, reading, state, next);
        if (state.DangerAsked.Count > 0)
        {
            // Not in danger now, or on to something else: the help line for what was asked about is shown once. Only a
            // "no" lets the answer lead; "ik wil gewoon dat iemand het weet" is not a no, so the help stays first.
            plan = plan with { Closing = [.. plan.Closing, .. DangerQuestion.HelpLines(state.DangerAsked)] };
            if (!DangerQuestion.IsNo(text, replies[ReplyKey.ButtonDangerNo]))
            {
                plan = plan with { Decision = plan.Decision with { Route = Route.Crisis, Theme = string.Empty, Reasons = [.. plan.Decision.Reasons, "danger-question:not-denied"] } };
            }
        }

        if (next.Crisis.Count > 0)
        {
            // A crisis earlier in the conversation is never downgraded: the question is answered, and help stays in view.
            return plan with
            {
                // The help lines lead now, so the turn is about no theme; the article id still says what was answered.
                Decision = plan.Decision with { Route = Route.Crisis, Theme = string.Empty, Reasons = [.. plan.Decision.Reasons, "crisis:earlier"] },
                Closing = [.. plan.Closing, ReplyKey.CrisisReminder],
            };
        }

        return plan;
    }

    private TriagePlan Ordinary(string text, MessageReading reading, TriageState previous, TriageState next)
    {
        var before = reading.PersonalNumbers.Count > 0 ? new List<ReplyKey> { ReplyKey.PersonalNumberNotNeeded } : [];
        // A number answers a numbered list (channels without buttons show choices as "1. …").
        var pressed = previous.Offered.FirstOrDefault(choice => SameText(choice.Title, text))
            ?? (int.TryParse(text.Trim().TrimEnd('.'), out var number) && number >= 1 && number <= previous.Offered.Count ? previous.Offered[number - 1] : null);
        var plan = pressed is not null
            ? Pressed(pressed, next)
            : Typed(text, reading, next);
        return before.Count == 0 ? plan : plan with { Texts = [.. before, .. plan.Texts] };
    }

    private TriagePlan Pressed(OfferedChoice choice, TriageState next) => choice.Kind switch
    {
        ChoiceKind.Article when content.Find(choice.ArticleId!) is { } article => answers.Answer(article, 1.0, next, ["button:article"]),
        ChoiceKind.Theme => answers.ClarifyWithinTheme(choice.Theme!, next, ["button:theme"]),
        ChoiceKind.TalkToPerson => Plan(next, Route.Handoff, LifeDomainThemes.SingleTheme(next.Domains), ["button:person"], [ReplyKey.HandoffRequested]),
        ChoiceKind.NotHelpful => NotHelpedButton(choice, next),
        ChoiceKind.Helped => AnswerFeedback.Helped(content, next, choice),
        _ => answers.ClarifyTheme(next with { VagueTurns = 0 }, ["button:something-else"]),
    };

    private TriagePlan Typed(string text, MessageReading reading, TriageState next)
    {
        if (reading.IsUnsupportedRequest)
        {
            return Plan(next, Route.OutOfScope, string.Empty, ["request:unsupported"], [ReplyKey.DeclineRequest]);
        }

        if (reading.AsksForPerson)
        {
            return Plan(next, Route.Handoff, LifeDomainThemes.SingleTheme(next.Domains), ["asks-for-person"], [ReplyKey.HandoffRequested]);
        }

        // The narrow phrases count anywhere; the wider complaint ("al geprobeerd", "weer niet wat ik zoek") only
        // right after an answer or a first complaint, where it can only be about that answer.
        if (reading.SaysNotHelpful || (reading.ComplainsAboutAnswer && (next.LastArticleId is not null || next.NotHelpfulTurns > 0)))
        {
            // "nog steeds niet geholpen" after the bot has had a turn: the resident counts the earlier miss for us,
            // also when that miss was a menu rather than an answer.
            var missedBefore = reading.ComplaintIsRepeated && next.RecentMessages.Count > 1;
            return NotHelped(missedBefore ? next with { NotHelpfulTurns = Math.Max(next.NotHelpfulTurns, TriagePolicy.NotHelpfulForHandoff - 1) } : next);
        }

        if (IsComplex(next, reading, out var reasons))
        {
            var answered = answers.FromKnowledge(text, reading, next);

            // A single question stays a question: three life domains without pressure that one article answers
            // outright (a divorce touches the relationship, the children and money at once), or a question the
            // classifier reads as one question though its words touch two domains and distress ("ik ben kapot van
            // verdriet, hoe vertel ik het mijn zoon"), when the classifier does not read a tangle. Otherwise a tangle
            // goes to a person; an article that answers a part comes with the offer, never instead of it.
            var oneQuestion = (next.Pressure.Count == 0 || reading.LooksLikeOneQuestion) && Problems(next) <= TriagePolicy.DomainsForHandoff;
            if (oneQuestion && !reading.LooksLikeTangle && answered is { Decision.Route: Route.Answer })
            {
                return answered with { Decision = answered.Decision with { Reasons = [.. answered.Decision.Reasons, "domains-answered:" + string.Join('+', next.Domains)] } };
            }

            var plan = Plan(next, Route.Handoff, LifeDomainThemes.SingleTheme(next.Domains), reasons, [ReplyKey.HandoffComplex]);
            return answered is { Decision.Route: Route.Answer, Article: { } article }
                ? plan with { Article = article, Decision = plan.Decision with { ArticleId = article.Id, Reasons = [.. reasons, "answer-with-offer:" + article.Id] } }
                : plan;
        }

        // A municipal topic word in a message about a life domain ("ze is 7 en plast sinds de verhuizing weer in
        // bed") is context, not the question.
        if (reading.OutOfScopeTopic is { } topic && reading.Domains.Count == 0)
        {
            return Plan(next, Route.OutOfScope, string.Empty, ["out-of-scope:" + topic], [ReplyKey.OutOfScope]);
        }

        if (reading.IsThanksOrGoodbye && reading.Domains.Count == 0)
        {
            return Plan(next, Route.Answer, string.Empty, ["thanks"], [ReplyKey.Thanks]);
        }

        return answers.FromKnowledge(text, reading, next);
    }

    /// <summary>👎 (or the older "Dit helpt niet") goes on to the "not helped" path and counts against the article.</summary>
    private TriagePlan NotHelpedButton(OfferedChoice choice, TriageState next)
    {
        var plan = NotHelped(next);
        return (choice.ArticleId ?? next.LastArticleId) is { } articleId
            ? plan with { Feedback = new ArticleFeedback(articleId, false, AnswerFeedback.QuestionBefore(next)) }
            : plan;
    }

    private TriagePlan NotHelped(TriageState next)
    {
        var counted = next with { NotHelpfulTurns = next.NotHelpfulTurns + 1 };
        // The worker gets the theme the resident named; without one, the theme of the answers that did not help.
        var named = LifeDomainThemes.SingleTheme(counted.Domains);
        var theme = named.Length > 0 ? named : (counted.LastArticleId is { } last ? content.Find(last)?.Theme : null) ?? string.Empty;
        return counted.NotHelpfulTurns >= TriagePolicy.NotHelpfulForHandoff
            ? Plan(counted, Route.Handoff, theme, ["not-helped:" + counted.NotHelpfulTurns], [ReplyKey.HandoffNotHelped])
            : Plan(counted, Route.Clarify, string.Empty, ["not-helped:1"], [ReplyKey.NotHelpful]);
    }

    /// <summary>The help for every kind found, most life-threatening first; the reasons name the rule and concepts that fired.</summary>
    private static TriagePlan Crisis(IReadOnlyList<CrisisFinding> findings, TriageState next)
    {
        var kinds = findings.Select(finding => finding.Category).Distinct().OrderBy(Urgency).ToList();
        var texts = kinds.Select(CrisisText).Distinct().ToList();
        if (next.WriterMayBeChild)
        {
            texts.Add(ReplyKey.CrisisForChildren);
        }

        var reasons = findings.Select(finding => "crisis:" + finding.Category.ToString().ToUpperInvariant() + ":" + finding.Evidence).Distinct().ToList();
        var crisis = next with { Crisis = [.. next.Crisis.Union(kinds)] };
        return Plan(crisis, Route.Crisis, string.Empty, reasons, texts, confidence: 1.0);
    }

    /// <summary>112 first where every second counts: a body in danger, then fire or a missing child, then the rest.</summary>
    private static int Urgency(CrisisCategory category) => category switch
    {
        CrisisCategory.Medical => 0,
        CrisisCategory.Emergency or CrisisCategory.FireOrGas or CrisisCategory.MissingChild => 1,
        CrisisCategory.Suicide => 2,
        CrisisCategory.HarmToOthers => 3,
        CrisisCategory.Violence => 4,
        CrisisCategory.ChildHarmed => 5,
        CrisisCategory.SexualViolence => 6,
        _ => 7,
    };

    private static ReplyKey CrisisText(CrisisCategory category) => category switch
    {
        CrisisCategory.Suicide => ReplyKey.CrisisSuicide,
        CrisisCategory.Violence => ReplyKey.CrisisViolence,
        CrisisCategory.ChildHarmed => ReplyKey.CrisisChildHarmed,
        CrisisCategory.SexualViolence => ReplyKey.CrisisSexualViolence,
        CrisisCategory.Emergency => ReplyKey.CrisisEmergency,
        CrisisCategory.FireOrGas => ReplyKey.CrisisFireOrGas,
        CrisisCategory.MissingChild => ReplyKey.CrisisMissingChild,
        CrisisCategory.MentalHealth => ReplyKey.CrisisMentalHealth,
        CrisisCategory.HarmToOthers => ReplyKey.CrisisHarmToOthers,
        _ => ReplyKey.CrisisMedical,
    };

    /// <summary>
    /// Several life domains under pressure, or many at once, counted over the whole conversation: more than one
    /// question, so a Buurtteam case. The classifier's tangle vote counts too, for stories whose pressure or third
    /// domain the concepts do not name; it needs two domains, or one under pressure, to stand on.
    /// </summary>
    private static bool IsComplex(TriageState state, MessageReading reading, out IReadOnlyList<string> reasons)
    {
        var domains = Problems(state);
        var byDomains = (domains >= TriagePolicy.DomainsWithPressureForHandoff && state.Pressure.Count > 0)
            || domains >= TriagePolicy.DomainsForHandoff;
        var byVote = (reading.LooksLikeTangle && (domains >= TriagePolicy.DomainsWithPressureForHandoff || (domains > 0 && state.Pressure.Count > 0)))
            || (reading.MultiProblemVote >= TriagePolicy.SureTangleVote && state.Domains.Count < TriagePolicy.DomainsWithPressureForHandoff);
        reasons = byDomains || byVote
            ? ["domains:" + string.Join('+', state.Domains), .. state.Pressure.Select(pressure => "pressure:" + pressure), .. byVote ? [FormattableString.Invariant($"tangle-vote:{reading.MultiProblemVote:F2}")] : Array.Empty<string>()]
            : [];
        return byDomains || byVote;
    }

    /// <summary>
    /// Life domains counted as problems: a combination that is itself one subject counts once — children in a
    /// divorce (unless a child is out of school), rent arrears and the home at stake (unless the income is gone too).
    /// </summary>
    private static int Problems(TriageState state)
    {
        bool Has(string domain) => state.Domains.Contains(domain, StringComparer.Ordinal);
        var count = state.Domains.Count;
        if (Has(LifeDomains.RelatieScheiding) && Has(LifeDomains.OpvoedenGezin) && !state.Pressure.Contains(Pressure.ChildOutOfSchool, StringComparer.Ordinal))
        {
            count--;
        }

        if (Has(LifeDomains.Geld) && Has(LifeDomains.Wonen) && !state.Pressure.Contains(Pressure.NoIncome, StringComparer.Ordinal))
        {
            count--;
        }

        return count;
    }

    private static TriageState Accumulate(string text, MessageReading reading, TriageState state)
    {
        var language = IsSpoken(reading.Language) && reading.LanguageIsConfident ? reading.Language : state.Language;
        return state.Remember(text) with
        {
            Language = language,
            Crisis = [.. state.Crisis.Union(reading.Crisis.Select(finding => finding.Category))],
            WriterMayBeChild = state.WriterMayBeChild || reading.WriterMayBeChild,
            Domains = [.. state.Domains.Union(reading.Domains, StringComparer.Ordinal)],
            Pressure = [.. state.Pressure.Union(reading.Pressure, StringComparer.Ordinal)],
            VagueTurns = reading.IsVague ? state.VagueTurns : 0,
            Offered = [],
            DangerAsked = [],
        };
    }

    private static bool IsSpoken(string language) => language is "nl" or "en" or "unknown";

    private static bool SameText(string offered, string typed) =>
        string.Equals(TextNormalizer.Normalize(offered), TextNormalizer.Normalize(typed), StringComparison.Ordinal);

    internal static TriagePlan Plan(TriageState next, Route route, string theme, IReadOnlyList<string> reasons, IReadOnlyList<ReplyKey> texts, double confidence = 1.0, IReadOnlyList<OfferedChoice>? choices = null) =>
        new(
            new TurnDecision(route, theme, null, next.Language, confidence, reasons),
            texts,
            null,
            false,
            [],
            choices ?? [],
            next with { Offered = choices ?? [] });
}
