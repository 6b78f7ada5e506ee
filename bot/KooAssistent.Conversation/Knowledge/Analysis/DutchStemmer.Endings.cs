namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>The clean-up steps: vowel lengthening, the ge- prefix and infix, final d/t, kt/ft/pt and double consonants.</summary>
public static partial class DutchStemmer
{
    private static readonly string[] LengthenSuffixes =
        ["a", "ä", "á", "à", "â", "o", "ö", "ó", "ò", "ô", "u", "ü", "ú", "ù", "û", "e", "é", "è", "ê", "eë", "ië"];
    private static readonly string[] Step7Suffixes = ["kt", "ft", "pt"];
    private static readonly string[] Step6Suffixes =
        ["bb", "cc", "dd", "ff", "gg", "hh", "jj", "kk", "ll", "mm", "nn", "pp", "qq", "rr", "ss", "tt", "vv", "ww", "xx", "zz", "v", "z"];
    private static readonly string[] Step1cSuffixes = ["d", "t"];
    private static readonly string[] UmlautStarts = ["ë", "ï"];
    private static readonly string[] PrefixExceptions = ["eft", "val", "vali", "vaa", "vare", string.Empty];

    /// <summary>
    /// After an ending is removed, a vowel left alone in an open syllable is doubled again: "maken" → "mak" →
    /// "maak". Runs as Snowball's <c>do</c>: it may fail without failing the step.
    /// </summary>
    private static void LengthenV(SnowballCursor z)
    {
        var fromEnd = z.Limit - z.Cursor;
        if (z.OutGroupBackward(IsVwx))
        {
            var vowel = Among(z, LengthenSuffixes);
            switch (vowel)
            {
                case "eë":
                    z.Replace("eëe");
                    break;
                case "ië":
                    z.Replace("iee");
                    break;
                case not null when !IsE(vowel[0]):
                    if (Test(z, () => z.OutGroupBackward(IsAeiou) || AtLimit(z)))
                    {
                        z.Insert(z.Slice());
                    }

                    break;
                case not null:
                    if (Test(z, () => (z.OutGroupBackward(IsAeiou) || AtLimit(z))
                        && !Test(z, () => z.InGroupBackward(IsAiou) || (z.InGroupBackward(IsE) && AtLimit(z)))
                        && !Test(z, () => z.Cursor > z.LimitBackward && Then(z.Cursor--) && z.InGroupBackward(IsAiou) && z.OutGroupBackward(IsAeiou))))
                    {
                        z.Insert(z.Slice());
                    }

                    break;
            }
        }

        z.Cursor = z.Limit - fromEnd;
    }

    private static bool Step7(SnowballCursor z)
    {
        var found = Among(z, Step7Suffixes);
        if (found is null)
        {
            return false;
        }

        z.Replace(found[..1]);
        return true;
    }

    private static bool Step6(SnowballCursor z)
    {
        switch (Among(z, Step6Suffixes))
        {
            case null:
                return false;
            case "nn":
                // "innen" (to collect) must not become "in".
                if (Test(z, () => z.EatBackward("i") && AtLimit(z)))
                {
                    return false;
                }

                z.Replace("n");
                return true;
            case "v":
                z.Replace("f");
                return true;
            case "z":
                z.Replace("s");
                return true;
            case var pair:
                z.Replace(pair[..1]);
                return true;
        }
    }

    /// <summary>After ge- is removed, a final d or t of the participle goes too: "gewerkt" → "werkt" → "werk".</summary>
    private static bool Step1c(SnowballCursor z, int p1)
    {
        var found = Among(z, Step1cSuffixes);
        if (found is null || !R1(z, p1) || !C(z))
        {
            return false;
        }

        if (found == "d")
        {
            if (Test(z, () => z.EatBackward("n") && R1(z, p1)))
            {
                return false;
            }

            // "geïnd" (collected) goes with "innen", not with "in".
            if (Test(z, () => z.EatBackward("in") && AtLimit(z)))
            {
                z.Replace("n");
            }
            else
            {
                z.Delete();
            }

            return true;
        }

        // "geënt" (grafted) must not become "en" (and).
        if (Test(z, () => z.EatBackward("h") && R1(z, p1)) || Test(z, () => z.EatBackward("en") && AtLimit(z)))
        {
            return false;
        }

        z.Delete();
        return true;
    }

    /// <summary>The prefix ge- of a participle, when a syllable follows: "gewerkt", "gemeentelijk" (not "geeft", "geval", "gevaar").</summary>
    private static bool LosePrefix(SnowballCursor z)
    {
        z.BeginForward();
        z.Bra = z.Cursor;
        if (!z.EatForward("ge"))
        {
            return false;
        }

        z.Ket = z.Cursor;
        if (!HasSyllableAfter(z))
        {
            return false;
        }

        switch (PrefixExceptions[Math.Max(0, z.FindAmongForward(PrefixExceptions))])
        {
            case "eft" or "val" or "vaa" or "vare":
                return false;
        }

        RemoveGe(z);
        return true;
    }

    /// <summary>The infix -ge- of a separable verb's participle: "opgebouwd" → "opbouwd".</summary>
    private static bool LoseInfix(SnowballCursor z)
    {
        z.BeginForward();
        if (z.Cursor >= z.Limit)
        {
            return false;
        }

        z.Cursor++;
        while (true)
        {
            z.Bra = z.Cursor;
            if (z.EatForward("ge"))
            {
                z.Ket = z.Cursor;
                break;
            }

            if (z.Cursor >= z.Limit)
            {
                return false;
            }

            z.Cursor++;
        }

        if (!HasSyllableAfter(z))
        {
            return false;
        }

        RemoveGe(z);
        return true;
    }

    // test hop 3, test (gopast ('ij' or v) repeat ('ij' or v) not atlimit)
    private static bool HasSyllableAfter(SnowballCursor z) =>
        z.Limit - z.Cursor >= 3 && Test(z, () =>
        {
            while (!(z.EatForward("ij") || z.InGroupForward(IsV)))
            {
                if (z.Cursor >= z.Limit)
                {
                    return false;
                }

                z.Cursor++;
            }

            while (z.EatForward("ij") || z.InGroupForward(IsV))
            {
            }

            return z.Cursor < z.Limit;
        });

    // delete, then ë/ï at the cursor becomes e/i: "geëerd" → "eerd".
    private static void RemoveGe(SnowballCursor z)
    {
        z.Delete();
        z.Bra = z.Cursor;
        var found = z.FindAmongForward(UmlautStarts);
        z.Ket = z.Cursor;
        if (found >= 0)
        {
            z.Replace(found == 0 ? "e" : "i");
        }
    }
}
