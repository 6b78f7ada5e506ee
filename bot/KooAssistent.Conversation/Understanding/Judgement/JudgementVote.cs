namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>
/// The classifier's opinion of a text: the probability of each class. Its crisis vote can only add a crisis to what
/// the rules found, never take one away.
/// </summary>
/// <param name="Bearing">The text holds a concept that carries danger; without one, the crisis vote does not count.</param>
public sealed record JudgementVote(IReadOnlyDictionary<string, float> Probabilities, bool Bearing = true)
{
    public static readonly JudgementVote None = new(new Dictionary<string, float>(), false);

    /// <summary>The probability of a crisis of any kind; zero when nothing in the text carries danger.</summary>
    public float Crisis => Bearing ? CrisisWithoutConcepts : 0f;

    /// <summary>The probability of a crisis of any kind, whether or not a danger concept was found.</summary>
    public float CrisisWithoutConcepts => JudgementClass.Crisis.Sum(Probability);

    /// <summary>The specific crisis group that weighs most, for the help lines ("uncertain" says nothing about which help).</summary>
    public string? CrisisClass => JudgementClass.Crisis.Where(name => name != JudgementClass.CrisisUncertain && Probabilities.ContainsKey(name)).OrderByDescending(Probability).FirstOrDefault();

    /// <summary>The class the classifier finds most likely.</summary>
    public string? Top => Probabilities.Count == 0 ? null : Probabilities.MaxBy(pair => pair.Value).Key;

    public float Probability(string name) => Probabilities.TryGetValue(name, out var value) ? value : 0f;
}
