namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>The numbers behind the triage's judgement, in one place, each with the reason it has its value.</summary>
public static class TriagePolicy
{
    /// <summary>At or above this confidence the best article is answered outright.</summary>
    public const double AnswerConfidence = 0.5;

    /// <summary>Candidates at or above this are worth offering as "did you mean" buttons.</summary>
    public const double CandidateConfidence = 0.25;

    /// <summary>When the runner-up is this close to the best, the question is ambiguous: ask instead of guess.</summary>
    public const double AmbiguityMargin = 0.1;

    /// <summary>
    /// A question with at least this many content words is answered even when a neighbour in the same theme is
    /// nearly as likely; shorter ones ("toeslagen", "hulp na scheiding") are asked back.
    /// </summary>
    public const int WordsToAnswerAmongNeighbours = 3;

    /// <summary>
    /// In a question shorter than <see cref="WordsToAnswerAmongNeighbours"/>, an article of another theme with at
    /// least this share of the best one's confidence makes the question ambiguous.
    /// </summary>
    public const double ShortQuestionRivalShare = 0.6;

    /// <summary>At most this many candidates or subjects as buttons: WhatsApp shows three as buttons, more as a list.</summary>
    public const int MaxChoices = 3;

    /// <summary>Life domains that together, with at least one pressure signal, make a Buurtteam case.</summary>
    public const int DomainsWithPressureForHandoff = 2;

    /// <summary>Life domains that make a Buurtteam case even without an explicit pressure signal.</summary>
    public const int DomainsForHandoff = 3;

    /// <summary>
    /// A tangle vote this sure hands off even when the life-domain words found fewer than two domains ("my father
    /// died, my mother gets letters from the SVB and the bank she cannot read and is afraid alone at night"). Where
    /// the words found the domains, they decide: children in a divorce stay one subject however sure the vote.
    /// </summary>
    public const double SureTangleVote = 0.95;

    /// <summary>"Not helped" this many times hands the conversation to a person.</summary>
    public const int NotHelpfulForHandoff = 2;

    /// <summary>Vague this many times in a row: offer a person instead of asking again.</summary>
    public const int VagueForPersonOffer = 2;
}
