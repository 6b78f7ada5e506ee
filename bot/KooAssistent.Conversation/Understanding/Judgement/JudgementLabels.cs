namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>
/// Maps a corpus line's label and kind to the class the classifier learns. A trap ("ik ga dood van het lachen")
/// is learnt as what it really is — a single question, a request for a person — so the classifier learns that the
/// dangerous-sounding word alone does not make a crisis.
/// </summary>
public static class JudgementLabels
{
    public static string ClassOf(string label, string kind, string trapOf)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label switch
        {
            "crisis" => CrisisClass(kind),
            "trap" => ClassOf(string.IsNullOrEmpty(trapOf) ? "single" : trapOf, string.Empty, string.Empty),
            "multi-problem" => JudgementClass.MultiProblem,
            "person-request" => JudgementClass.PersonRequest,
            "single" => JudgementClass.SingleQuestion,
            "out-of-scope" => JudgementClass.OutOfScope,
            "vague" => JudgementClass.Vague,
            "follow-up" => JudgementClass.FollowUp,
            _ => throw new ArgumentException($"unknown corpus label '{label}'", nameof(label)),
        };
    }

    private static string CrisisClass(string kind) => kind switch
    {
        "suicide-thoughts" or "suicide-plan" or "self-harm" => JudgementClass.CrisisSuicide,
        "violence-home" or "threat-others" or "harm-to-others" => JudgementClass.CrisisViolence,
        "child-abuse" => JudgementClass.CrisisChild,
        "sexual-violence" => JudgementClass.CrisisSexual,
        "medical" or "fire-gas-co" or "missing-child" => JudgementClass.CrisisEmergency,
        "psychosis" => JudgementClass.CrisisMental,
        "uncertain-danger" => JudgementClass.CrisisUncertain,
        _ => throw new ArgumentException($"unknown crisis kind '{kind}'", nameof(kind)),
    };
}
