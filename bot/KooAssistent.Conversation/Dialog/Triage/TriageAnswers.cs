using KooAssistent.Conversation.Knowledge.Articles;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>
/// The knowledge part of the triage: answer a confident match, ask when the question is vague or fits several
/// articles, and refer when nothing in the knowledge is about it. Serious-sounding messages that fit nothing go to
/// a person rather than get a shrug.
/// </summary>
internal sealed class TriageAnswers(TriageContent content, IArticleSearch search)
{
    public TriagePlan FromKnowledge(string text, MessageReading reading, TriageState next)
    {
        var (hits, inOtherLanguage) = Search(text, next.Language);
        var best = hits.Count > 0 ? hits[0] : null;

        // An opener made only of greetings and small words ("goedemorgen, ik wil iets vragen") is never answered
        // with an article, however well a stray word matches.
        if (reading.IsVague)
        {
            return Vague(reading, next);
        }

        if (best is not null && best.Confidence >= TriagePolicy.AnswerConfidence)
        {
            // A short question that also fits a subject of another theme ("ik zoek een cursus": parents, money or
            // making contact) is ambiguous even when one article leads. A rival that misses a word the best one
            // matches is no rival: in "hoe vraag ik huurtoeslag aan", "aanvragen" tells the allowance article from
            // the one about money after a divorce that only mentions huurtoeslag, and in "is koo gratis", "koo"
            // tells the article about Koo from free legal advice.
            var words = best.QuestionWords;
            var rivals = hits.Skip(1)
                .Where(hit => hit.Article.Id != best.Article.Id && hit.UnmatchedWords <= best.UnmatchedWords
                    && (best.Confidence - hit.Confidence < TriagePolicy.AmbiguityMargin
                        || (words < TriagePolicy.WordsToAnswerAmongNeighbours && hit.Article.Theme != best.Article.Theme
                            && hit.Confidence >= best.Confidence * TriagePolicy.ShortQuestionRivalShare)))
                .ToList();
            var fallback = inOtherLanguage ? new[] { "language-fallback:nl" } : [];
            if (rivals.Count == 0)
            {
                return Answer(best.Article, best.Confidence, next, ["article:" + best.Article.Id, .. fallback]);
            }

            // Close neighbours in the same theme ("slapen" and "ontwikkeling" for a baby who will not sleep): a
            // question with enough words is answered by the best one, and the neighbours come first as buttons.
            // A short one ("toeslagen", "mijn ex") is asked back.
            if (rivals.TrueForAll(hit => hit.Article.Theme == best.Article.Theme) && words >= TriagePolicy.WordsToAnswerAmongNeighbours)
            {
                return Answer(best.Article, best.Confidence, next, ["article:" + best.Article.Id, .. rivals.Select(hit => "neighbour:" + hit.Article.Id), .. fallback], [.. rivals.Select(hit => hit.Article.Id)]);
            }
        }

        var candidates = hits.Where(hit => hit.Confidence >= TriagePolicy.CandidateConfidence).Take(TriagePolicy.MaxChoices).ToList();
        if (candidates.Count > 0)
        {
            return Candidates(candidates, reading, next);
        }

        if (reading.Pressure.Count > 0)
        {
            return TriageDecider.Plan(next, Route.Handoff, LifeDomainThemes.SingleTheme(next.Domains), ["unclassified-with-pressure", .. reading.Pressure.Select(pressure => "pressure:" + pressure)], [ReplyKey.HandoffComplex], confidence: 0.5);
        }

        if (reading.Domains.Count > 0)
        {
            return ClarifyTheme(next, ["no-article", "domains:" + string.Join('+', reading.Domains)], ReplyKey.NoGoodAnswer) with
            {
                Decision = new TurnDecision(Route.Clarify, LifeDomainThemes.SingleTheme(reading.Domains), best?.Article.Id, next.Language, best?.Confidence ?? 0, ["no-article"]),
            };
        }

        // "hallo ik ben anna": a greeting with nothing else understood introduces a question still to come.
        if (reading.OpensWithGreeting)
        {
            return Vague(reading, next);
        }

        return TriageDecider.Plan(next, Route.OutOfScope, string.Empty, ["no-article", "no-social-domain"], [ReplyKey.OutOfScope], confidence: 1 - (best?.Confidence ?? 0));
    }

    public TriagePlan Answer(Article article, double confidence, TriageState next, IReadOnlyList<string> reasons, IReadOnlyList<string>? neighbours = null)
    {
        var language = next.Language;
        var shown = content.InLanguage(article.Id, language) ?? article;
        var choices = (neighbours ?? []).Concat(shown.Related)
            .Select(id => content.InLanguage(id, language))
            .OfType<Article>()
            .Where(other => other.Id != shown.Id)
            .DistinctBy(other => other.Id)
            .Take(Article.RelatedShown)
            .Select(related => new OfferedChoice(related.Title, ChoiceKind.Article, related.Id))
            .Append(new OfferedChoice(content.Label(ReplyKey.ButtonNotHelpful, language), ChoiceKind.NotHelpful))
            .Append(new OfferedChoice(content.Label(ReplyKey.ButtonTalkToPerson, language), ChoiceKind.TalkToPerson))
            .ToList();
        var settled = next with { Offered = choices, LastArticleId = shown.Id, VagueTurns = 0 };
        return new TriagePlan(
            new TurnDecision(Route.Answer, shown.Theme, shown.Id, language, confidence, reasons),
            [],
            shown,
            shown.Language != language,
            [],
            choices,
            settled);
    }

    public TriagePlan ClarifyTheme(TriageState next, IReadOnlyList<string> reasons, ReplyKey text = ReplyKey.ClarifyTheme)
    {
        var language = next.Language;
        var choices = content.Menus.Themes
            .Select(menu => new OfferedChoice(menu.LabelFor(language), ChoiceKind.Theme, Theme: menu.Theme))
            .Append(new OfferedChoice(content.Label(ReplyKey.ButtonSomethingElse, language), ChoiceKind.SomethingElse))
            .ToList();
        return TriageDecider.Plan(next, Route.Clarify, string.Empty, reasons, [text], choices: choices);
    }

    public TriagePlan ClarifyWithinTheme(string theme, TriageState next, IReadOnlyList<string> reasons)
    {
        var language = next.Language;
        var subjects = content.Menus.Find(theme)?.ArticleIds ?? [];
        var choices = subjects
            .Select(id => content.InLanguage(id, language))
            .OfType<Article>()
            .Select(article => new OfferedChoice(article.Title, ChoiceKind.Article, article.Id))
            .Append(new OfferedChoice(content.Label(ReplyKey.ButtonTalkToPerson, language), ChoiceKind.TalkToPerson))
            .ToList();
        return TriageDecider.Plan(next, Route.Clarify, theme, [.. reasons, "theme:" + theme], [ReplyKey.ClarifyWithinTheme], choices: choices);
    }

    private TriagePlan Vague(MessageReading reading, TriageState next)
    {
        var counted = next with { VagueTurns = next.VagueTurns + 1 };
        if (counted.VagueTurns >= TriagePolicy.VagueForPersonOffer)
        {
            var offer = new OfferedChoice(content.Label(ReplyKey.ButtonTalkToPerson, counted.Language), ChoiceKind.TalkToPerson);
            return TriageDecider.Plan(counted, Route.Clarify, string.Empty, ["vague:" + counted.VagueTurns], [ReplyKey.ClarifyOfferPerson], choices: [offer]);
        }

        // "Ik heb een vraag over geld": vague, but the resident names the theme; offer that theme's subjects. A
        // stray word that happens to match an article ("goedemorgen") names nothing.
        var named = LifeDomainThemes.SingleTheme(reading.Domains);
        return named.Length > 0
            ? ClarifyWithinTheme(named, counted, ["vague"])
            : ClarifyTheme(counted, ["vague"]);
    }

    private TriagePlan Candidates(List<ArticleMatch> candidates, MessageReading reading, TriageState next)
    {
        var language = next.Language;
        var articles = candidates
            .Select(candidate => content.InLanguage(candidate.Article.Id, language) ?? candidate.Article)
            .DistinctBy(article => article.Id)
            .ToList();
        var choices = articles
            .Select(article => new OfferedChoice(article.Title, ChoiceKind.Article, article.Id))
            .Append(new OfferedChoice(content.Label(ReplyKey.ButtonSomethingElse, language), ChoiceKind.SomethingElse))
            .ToList();
        // The theme all candidates share ("partneralimentatie betalen": every candidate is about divorce, though
        // "betalen" names money); when they differ, the one the resident named ("toeslagen" is money).
        var themes = articles.Select(article => article.Theme).Distinct().ToList();
        var theme = themes.Count == 1 ? themes[0] : LifeDomainThemes.SingleTheme(reading.Domains);
        var reasons = articles.Select(article => "candidate:" + article.Id).ToList();
        return TriageDecider.Plan(next, Route.Clarify, theme, reasons, [ReplyKey.ClarifyCandidates], confidence: candidates[0].Confidence, choices: choices) with
        {
            Decision = new TurnDecision(Route.Clarify, theme, articles[0].Id, language, candidates[0].Confidence, reasons),
        };
    }

    /// <summary>Searches the conversation's language; an English resident whose question only the Dutch knowledge covers gets the Dutch answer.</summary>
    private (IReadOnlyList<ArticleMatch> Hits, bool InOtherLanguage) Search(string text, string language)
    {
        var hits = search.Search(text, language, TriagePolicy.MaxChoices + 1);
        if (language != "nl" && (hits.Count == 0 || hits[0].Confidence < TriagePolicy.AnswerConfidence))
        {
            var dutch = search.Search(text, "nl", TriagePolicy.MaxChoices + 1);
            if (dutch.Count > 0 && dutch[0].Confidence >= TriagePolicy.AnswerConfidence && (hits.Count == 0 || dutch[0].Confidence > hits[0].Confidence))
            {
                return (dutch, true);
            }
        }

        return (hits, false);
    }
}
