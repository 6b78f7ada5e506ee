namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>Steps 1 to 4: plural and inflection endings, diminutives, derivational and adjective endings.</summary>
public static partial class DutchStemmer
{
    private static readonly string[] Step1Suffixes = ["'s", "s", "ies", "es", "és", "aus", "en", "nde"];
    private static readonly string[] Step2Suffixes = ["je", "ge", "lijke", "ische", "de", "te", "se", "re", "le", "ene", "ieve"];
    private static readonly string[] Step3Suffixes = ["atie", "iteit", "heid", "sel", "ster", "rder", "ing", "isme", "erij", "arij", "fie", "gie", "tst", "dst"];
    private static readonly string[] Step4Suffixes =
        ["ioneel", "atief", "baar", "naar", "laar", "raar", "tant", "lijker", "lijkst", "achtig", "achtiger", "achtigst", "eriger", "erigst", "erig", "end"];
    private static readonly string[] Step4IgSuffixes = ["iger", "igst", "ig"];

    private static bool Step1(SnowballCursor z, int p1)
    {
        switch (Among(z, Step1Suffixes))
        {
            case "'s":
                z.Delete();
                return true;
            case "s":
                return R1(z, p1) && !Test(z, () => z.EatBackward("t") && R1(z, p1)) && C(z) && Done(z.Delete);
            case "ies":
                return R1(z, p1) && Done(() => z.Replace("ie"));
            case "es":
                return Or(
                    z,
                    () => Test(z, () => z.EatBackward("ar") && R1(z, p1) && C(z)) && Done(z.Delete) && Done(() => LengthenV(z)),
                    () => Test(z, () => z.EatBackward("er") && R1(z, p1) && C(z)) && Done(z.Delete),
                    () => R1(z, p1) && C(z) && Done(() => z.Replace("e")));
            case "és":
                return R1(z, p1) && Done(() => z.Replace("é"));
            case "aus":
                return R1(z, p1) && V(z) && Done(() => z.Replace("au"));
            case "en":
                return Or(
                    z,
                    () => z.EatBackward("hed") && R1(z, p1) && SetBra(z) && Done(() => z.Replace("heid")),
                    () => z.EatBackward("nd") && Done(z.Delete),
                    () => z.EatBackward("d") && R1(z, p1) && C(z) && SetBra(z) && Done(z.Delete),
                    () => (z.EatBackward("i") || z.EatBackward("j")) && V(z) && Done(z.Delete),
                    () => R1(z, p1) && C(z) && Done(z.Delete) && Done(() => LengthenV(z)));
            case "nde":
                z.Replace("nd");
                return true;
            default:
                return false;
        }
    }

    private static bool Step2(SnowballCursor z, int p1)
    {
        switch (Among(z, Step2Suffixes))
        {
            case "je":
                return Or(
                    z,
                    () => z.EatBackward("'t") && SetBra(z) && Done(z.Delete),
                    () => z.EatBackward("et") && SetBra(z) && R1(z, p1) && C(z) && Done(z.Delete),
                    () => z.EatBackward("rnt") && SetBra(z) && Done(() => z.Replace("rn")),
                    () => z.EatBackward("t") && SetBra(z) && R1(z, p1) && VX(z) && Done(z.Delete),
                    () => z.EatBackward("ink") && SetBra(z) && Done(() => z.Replace("ing")),
                    () => z.EatBackward("mp") && SetBra(z) && Done(() => z.Replace("m")),
                    () => z.EatBackward("'") && SetBra(z) && R1(z, p1) && Done(z.Delete),
                    () => SetBra(z) && R1(z, p1) && C(z) && Done(z.Delete));
            case "ge":
                return R1(z, p1) && Done(() => z.Replace("g"));
            case "lijke":
                return R1(z, p1) && Done(() => z.Replace("lijk"));
            case "ische":
                return R1(z, p1) && Done(() => z.Replace("isch"));
            case "de":
                return R1(z, p1) && C(z) && Done(z.Delete);
            case "te":
                return R1(z, p1) && Done(() => z.Replace("t"));
            case "se":
                return R1(z, p1) && Done(() => z.Replace("s"));
            case "re":
                return R1(z, p1) && Done(() => z.Replace("r"));
            case "le":
                return R1(z, p1) && Done(z.Delete) && Done(() => z.Attach("l")) && Done(() => LengthenV(z));
            case "ene":
                return R1(z, p1) && C(z) && Done(z.Delete) && Done(() => z.Attach("en")) && Done(() => LengthenV(z));
            case "ieve":
                return R1(z, p1) && C(z) && Done(() => z.Replace("ief"));
            default:
                return false;
        }
    }

    private static bool Step3(SnowballCursor z, int p1, int p2)
    {
        switch (Among(z, Step3Suffixes))
        {
            case "atie":
                return R1(z, p1) && Done(() => z.Replace("eer"));
            case "iteit":
                return R1(z, p1) && Done(z.Delete) && Done(() => LengthenV(z));
            case "heid" or "sel" or "ster":
                return R1(z, p1) && Done(z.Delete);
            case "rder":
                z.Replace("r");
                return true;
            case "ing" or "isme" or "erij":
                // "schilderij" (painting) must not become "schild" (shield).
                return Or(
                    z,
                    () => z.EatBackward("ild") && Done(() => z.Replace("er")),
                    () => R1(z, p1) && Done(z.Delete) && Done(() => LengthenV(z)));
            case "arij":
                return R1(z, p1) && C(z) && Done(() => z.Replace("aar"));
            case "fie":
                return R2(z, p2) && Done(z.Delete) && Done(() => z.Attach("f")) && Done(() => LengthenV(z));
            case "gie":
                return R2(z, p2) && Done(z.Delete) && Done(() => z.Attach("g")) && Done(() => LengthenV(z));
            case "tst":
                return R1(z, p1) && C(z) && Done(() => z.Replace("t"));
            case "dst":
                return R1(z, p1) && C(z) && Done(() => z.Replace("d"));
            default:
                return false;
        }
    }

    private static bool Step4(SnowballCursor z, int p1) => Or(z, () => Step4Endings(z, p1), () => Step4Ig(z, p1));

    private static bool Step4Endings(SnowballCursor z, int p1)
    {
        switch (Among(z, Step4Suffixes))
        {
            case "ioneel":
                return R1(z, p1) && Done(() => z.Replace("ie"));
            case "atief":
                return R1(z, p1) && Done(() => z.Replace("eer"));
            case "baar":
                return R1(z, p1) && Done(z.Delete);
            case "naar":
                return R1(z, p1) && V(z) && Done(() => z.Replace("n"));
            case "laar":
                return R1(z, p1) && V(z) && Done(() => z.Replace("l"));
            case "raar":
                return R1(z, p1) && V(z) && Done(() => z.Replace("r"));
            case "tant":
                return R1(z, p1) && Done(() => z.Replace("teer"));
            case "lijker" or "lijkst":
                return R1(z, p1) && Done(() => z.Replace("lijk"));
            case "achtig" or "achtiger" or "achtigst":
                return R1(z, p1) && Done(z.Delete);
            case "eriger" or "erigst" or "erig" or "end":
                return R1(z, p1) && C(z) && Done(z.Delete) && Done(() => LengthenV(z));
            default:
                return false;
        }
    }

    private static bool Step4Ig(SnowballCursor z, int p1) =>
        Among(z, Step4IgSuffixes) is not null

        // "innig" (intimate) must not become "in".
        && R1(z, p1) && !Test(z, () => z.EatBackward("inn") && AtLimit(z)) && C(z) && Done(z.Delete) && Done(() => LengthenV(z));

    /// <summary>Snowball's <c>[substring] among</c> going backward: marks the longest listed ending and returns it, or null.</summary>
    private static string? Among(SnowballCursor z, string[] suffixes)
    {
        z.Ket = z.Cursor;
        var found = z.FindAmongBackward(suffixes);
        z.Bra = z.Cursor;
        return found < 0 ? null : suffixes[found];
    }

    /// <summary>Snowball's <c>]</c> in backward mode: the slice now starts at the cursor.</summary>
    private static bool SetBra(SnowballCursor z)
    {
        z.Bra = z.Cursor;
        return true;
    }

    private static bool Done(Action action)
    {
        action();
        return true;
    }
}
