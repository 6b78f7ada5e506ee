namespace KooAssistent.Conversation.Understanding.Recognizers.Scanning;

/// <summary>
/// Chooses among overlapping candidates: the longest wins ("€ 1250" over "1250", "5211 AB 12" over "12", "zoon van 15"
/// over "15"); at equal length the more specific kind wins (a valid BSN over a plain number). Output is ordered by start.
/// </summary>
internal static class OverlapResolver
{
    public static IReadOnlyList<RecognizedEntity> Resolve(IEnumerable<RecognizedEntity> candidates, int textLength)
    {
        var chosen = new List<RecognizedEntity>();
        var taken = new bool[textLength];
        var ordered = candidates
            .OrderByDescending(candidate => candidate.Length)
            .ThenByDescending(candidate => Specificity(candidate.Kind))
            .ThenBy(candidate => candidate.Start);
        foreach (var candidate in ordered)
        {
            if (Array.IndexOf(taken, true, candidate.Start, candidate.Length) < 0)
            {
                Array.Fill(taken, true, candidate.Start, candidate.Length);
                chosen.Add(candidate);
            }
        }

        return [.. chosen.OrderBy(entity => entity.Start)];
    }

    private static int Specificity(EntityKind kind) => kind switch
    {
        EntityKind.Iban => 12,
        EntityKind.CardNumber => 11,
        EntityKind.Bsn => 10,
        EntityKind.Email => 9,
        EntityKind.Address => 8,
        EntityKind.PhoneNumber => 7,
        EntityKind.Postcode => 6,
        EntityKind.Money => 5,
        EntityKind.Date => 4,
        EntityKind.Age => 3,
        EntityKind.Duration => 2,
        _ => 1,
    };
}
