namespace KooAssistent.Conversation.Understanding.Concepts;

/// <summary>
/// A combination of concepts that means something when they occur together: one concept of each slot, in one
/// sentence, within <see cref="Span"/> words of each other, in any order and whatever lies between — unless
/// the sentence also holds one of <see cref="Unless"/> (an idiom, a film, a question for a school project), or a
/// negation stands right before or inside the combination.
/// </summary>
/// <param name="Name">Named in findings, so a decision can be traced to the rule that made it.</param>
/// <param name="Slots">Each slot lists the concepts that can fill it.</param>
/// <param name="Span">The most words from the first slot's start to the last slot's end.</param>
/// <param name="SubjectFirst">The first slot must come before the others ("ik ... sla ... mijn kind", not "als hij zijn zus slaat ... ik").</param>
/// <param name="Negatable">A negation before or between the slots ("hij slaat me niet", "geen zelfmoordgedachten") cancels the rule.</param>
/// <param name="AcrossSentences">The slots may lie in neighbouring sentences ("ik weet het niet meer. er ligt een strip pillen naast me").</param>
public sealed record ConceptRule(
    string Name,
    IReadOnlyList<IReadOnlyList<string>> Slots,
    int Span = 10,
    IReadOnlyList<string>? Unless = null,
    bool SubjectFirst = false,
    bool Negatable = true,
    bool AcrossSentences = false)
{
    public IReadOnlyList<string> Unless { get; init; } = Unless ?? [];

    /// <summary>The concepts that filled the slots at the first place the rule holds, or null when it does not.</summary>
    public IReadOnlyList<ConceptHit>? Match(IReadOnlyList<ConceptHit> hits, ConceptText text)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(text);
        // Every rule is tried on every message and most fail on an empty slot: find that out without allocating.
        // The LINQ filter that did it was over half of all a turn allocated (dotnet-trace, 2026-12-07, README #12).
        for (var slot = 0; slot < Slots.Count; slot++)
        {
            if (!AnyFills(hits, Slots[slot]))
            {
                return null;
            }
        }

        var candidates = new List<ConceptHit>[Slots.Count];
        for (var slot = 0; slot < Slots.Count; slot++)
        {
            candidates[slot] = Filling(hits, Slots[slot]);
        }

        foreach (var first in candidates[0])
        {
            var chosen = new ConceptHit[Slots.Count];
            chosen[0] = first;
            if (Fill(candidates, 1, chosen, hits, text))
            {
                return chosen;
            }
        }

        return null;
    }

    private bool Fill(List<ConceptHit>[] candidates, int slot, ConceptHit[] chosen, IReadOnlyList<ConceptHit> hits, ConceptText text)
    {
        if (slot == candidates.Length)
        {
            return Holds(chosen, hits, text);
        }

        foreach (var hit in candidates[slot])
        {
            // One concept found once fills one slot: "scheldt" is not both the aggression and what makes it pressing.
            if ((!AcrossSentences && hit.Sentence != chosen[0].Sentence) || (SubjectFirst && hit.Start <= chosen[0].Start) || Array.IndexOf(chosen, hit, 0, slot) >= 0)
            {
                continue;
            }

            chosen[slot] = hit;
            var (start, end) = Extent(chosen, slot + 1);
            if (end - start <= Span && Fill(candidates, slot + 1, chosen, hits, text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Loops rather than LINQ: every rule is tried on every text a turn reads, and each lambda and iterator here was
    /// allocated per candidate.
    /// </summary>
    private bool Holds(ConceptHit[] chosen, IReadOnlyList<ConceptHit> hits, ConceptText text)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (InChosenSentence(hits[i], chosen) && Contains(Unless, hits[i].Concept))
            {
                return false;
            }
        }

        if (!Negatable)
        {
            return true;
        }

        var (start, end) = Extent(chosen, chosen.Length);
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Concept == ConceptNames.Negation && InChosenSentence(hit, chosen)
                && hit.Start >= start - NegationReach && hit.Start < end + NegationAfter && !InsideChosen(hit, chosen))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first start and the last end of the first <paramref name="count"/> chosen concepts.</summary>
    private static (int Start, int End) Extent(ConceptHit[] chosen, int count)
    {
        var start = chosen[0].Start;
        var end = chosen[0].End;
        for (var i = 1; i < count; i++)
        {
            start = Math.Min(start, chosen[i].Start);
            end = Math.Max(end, chosen[i].End);
        }

        return (start, end);
    }

    private static bool InChosenSentence(ConceptHit hit, ConceptHit[] chosen)
    {
        foreach (var part in chosen)
        {
            if (part.Sentence == hit.Sentence)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideChosen(ConceptHit hit, ConceptHit[] chosen)
    {
        foreach (var part in chosen)
        {
            if (hit.Start >= part.Start && hit.Start < part.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> concepts, string concept)
    {
        for (var i = 0; i < concepts.Count; i++)
        {
            if (string.Equals(concepts[i], concept, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Fills(IReadOnlyList<string> slot, ConceptHit hit) => Contains(slot, hit.Concept);

    private static bool AnyFills(IReadOnlyList<ConceptHit> hits, IReadOnlyList<string> slot)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (Fills(slot, hits[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static List<ConceptHit> Filling(IReadOnlyList<ConceptHit> hits, IReadOnlyList<string> slot)
    {
        var filling = new List<ConceptHit>();
        for (var i = 0; i < hits.Count; i++)
        {
            if (Fills(slot, hits[i]))
            {
                filling.Add(hits[i]);
            }
        }

        return filling;
    }

    /// <summary>"ik denk niet aan zelfmoord", "geen zin om hem te slaan": a negation up to two words before the first concept.</summary>
    private const int NegationReach = 2;

    /// <summary>Dutch puts the negation after the verb: "hij slaat me niet".</summary>
    private const int NegationAfter = 2;
}
