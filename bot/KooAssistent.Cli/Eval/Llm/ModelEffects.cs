using KooAssistent.Conversation.Dialog;

namespace KooAssistent.Cli.Eval.Llm;

/// <summary>
/// What the model changed, counted from the reasons of every turn (not only the last one a line is scored on). The brain
/// asks for a second opinion only on a message the rules did not read as a crisis, and records it only when it raised
/// something; the phrasing records whether the guard let it through.
/// </summary>
internal sealed class ModelEffects
{
    private const string SecondOpinionEvidence = "second-opinion";

    private readonly Dictionary<string, int> refusals = new(StringComparer.Ordinal);

    /// <summary>Turns the model turned into a crisis.</summary>
    public int RaisedCrisis { get; private set; }

    /// <summary>Turns that asked "Ben je nu in gevaar?" for a danger only the model saw.</summary>
    public int RaisedQuestion { get; private set; }

    public int PhrasingUsed { get; private set; }

    public int PhrasingUnavailable { get; private set; }

    public int PhrasingRefused => refusals.Values.Sum();

    /// <summary>The guard's refusals by why (<c>number</c>, <c>amount</c>, <c>too-long</c>, …).</summary>
    public IReadOnlyDictionary<string, int> Refusals => refusals;

    public void Observe(TurnDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var reasons = decision.Reasons;
        if (reasons.Any(reason => reason.StartsWith("second-opinion:crisis:", StringComparison.Ordinal)))
        {
            RaisedCrisis++;
        }

        var possible = reasons.Where(reason => reason.StartsWith("possible:", StringComparison.Ordinal)).ToList();
        if (reasons.Contains("danger-question") && possible.Count > 0 && possible.All(reason => reason == "possible:" + SecondOpinionEvidence))
        {
            RaisedQuestion++;
        }

        foreach (var reason in reasons)
        {
            if (reason == "phrasing:used")
            {
                PhrasingUsed++;
            }
            else if (reason.StartsWith("phrasing:unavailable", StringComparison.Ordinal))
            {
                PhrasingUnavailable++;
            }
            else if (reason.StartsWith("phrasing:refused:", StringComparison.Ordinal))
            {
                var why = reason["phrasing:refused:".Length..];
                refusals[why] = refusals.GetValueOrDefault(why) + 1;
            }
        }
    }
}
