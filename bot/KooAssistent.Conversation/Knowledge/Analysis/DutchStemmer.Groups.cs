namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>The letter groups of the Dutch stemmer; accented vowels count as their plain vowel.</summary>
public static partial class DutchStemmer
{
    private static bool IsA(char c) => c is 'a' or 'ä' or 'á' or 'à' or 'â';

    private static bool IsE(char c) => c is 'e' or 'ë' or 'é' or 'è' or 'ê';

    private static bool IsI(char c) => c is 'i' or 'ï' or 'í' or 'ì' or 'î';

    private static bool IsO(char c) => c is 'o' or 'ö' or 'ó' or 'ò' or 'ô';

    private static bool IsU(char c) => c is 'u' or 'ü' or 'ú' or 'ù' or 'û';

    private static bool IsAiou(char c) => IsA(c) || IsI(c) || IsO(c) || IsU(c);

    private static bool IsAeiou(char c) => IsAiou(c) || IsE(c);

    private static bool IsV(char c) => IsAeiou(c) || c == 'y';

    private static bool IsVwx(char c) => IsV(c) || c is 'w' or 'x';

    private static bool R1(SnowballCursor z, int p1) => p1 <= z.Cursor;

    private static bool R2(SnowballCursor z, int p2) => p2 <= z.Cursor;

    private static bool AtLimit(SnowballCursor z) => z.Cursor <= z.LimitBackward;

    /// <summary>A vowel, or "ij", before the cursor (a test: the cursor stays).</summary>
    private static bool V(SnowballCursor z) => Test(z, () => z.InGroupBackward(IsV) || z.EatBackward("ij"));

    /// <summary>The same, one letter further back.</summary>
    private static bool VX(SnowballCursor z) => Test(z, () => z.Cursor > z.LimitBackward && Then(z.Cursor--) && (z.InGroupBackward(IsV) || z.EatBackward("ij")));

    /// <summary>A consonant before the cursor that is not the j of "ij" (a test).</summary>
    private static bool C(SnowballCursor z) => Test(z, () => !Test(z, () => z.EatBackward("ij")) && z.OutGroupBackward(IsV));

    /// <summary>Snowball's <c>test</c>: whether the condition holds, with the cursor put back either way.</summary>
    private static bool Test(SnowballCursor z, Func<bool> condition)
    {
        var saved = z.Cursor;
        var result = condition();
        z.Cursor = saved;
        return result;
    }

    /// <summary>Snowball's <c>or</c>: the second alternative starts where the first did.</summary>
    private static bool Or(SnowballCursor z, params Func<bool>[] alternatives)
    {
        var saved = z.Cursor;
        foreach (var alternative in alternatives)
        {
            if (alternative())
            {
                return true;
            }

            z.Cursor = saved;
        }

        return false;
    }

    private static bool Then(int _) => true;
}
