namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>
/// The classes the trained classifier tells apart: crisis in groups that need the same help first, and the ordinary
/// kinds of conversation. The corpus's finer crisis kinds map onto these groups (<see cref="JudgementLabels"/>).
/// </summary>
public static class JudgementClass
{
    public const string CrisisSuicide = "crisis-suicide";
    public const string CrisisViolence = "crisis-violence";
    public const string CrisisChild = "crisis-child";
    public const string CrisisSexual = "crisis-sexual";
    public const string CrisisEmergency = "crisis-emergency";
    public const string CrisisMental = "crisis-mental";
    public const string CrisisUncertain = "crisis-uncertain";
    public const string MultiProblem = "multi-problem";
    public const string PersonRequest = "person-request";
    public const string SingleQuestion = "single";
    public const string OutOfScope = "out-of-scope";
    public const string Vague = "vague";

    /// <summary>A reply to the bot that is neither a new question nor danger: thanks, "dit helpt niet", yes, no.</summary>
    public const string FollowUp = "follow-up";

    public static readonly IReadOnlyList<string> Crisis = [CrisisSuicide, CrisisViolence, CrisisChild, CrisisSexual, CrisisEmergency, CrisisMental, CrisisUncertain];

    public static bool IsCrisis(string name) => name.StartsWith("crisis-", StringComparison.Ordinal);
}
