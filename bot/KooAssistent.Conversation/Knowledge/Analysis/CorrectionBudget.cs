namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>
/// How many known words typo correction may compare a text's words with. Correction is the costly part of reading a
/// question: every unknown word is compared with every known word of about its length. A question needs it for a
/// few words; a long stretch of nonsense would need it for hundreds. With a budget per text, a word that no longer
/// fits is taken as written, so adversarial text costs about what a normal question costs.
/// </summary>
public sealed class CorrectionBudget(int comparisons)
{
    /// <summary>
    /// Comparisons per search. A misspelled word costs up to about 130 on the shipped knowledge (a long word with two
    /// edits allowed, the most common first letter), so this corrects ten or more typos in one question.
    /// </summary>
    public const int PerText = 2_000;

    public int Spent { get; private set; }

    public static CorrectionBudget Unlimited() => new(int.MaxValue);

    /// <summary>Spends <paramref name="count"/> comparisons if they fit; false (spending nothing) when they do not.</summary>
    public bool TrySpend(int count)
    {
        if (count > comparisons - Spent)
        {
            return false;
        }

        Spent += count;
        return true;
    }
}
