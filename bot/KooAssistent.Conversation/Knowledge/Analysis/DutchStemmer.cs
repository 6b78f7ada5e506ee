namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>
/// The Snowball stemmer for Dutch (the current algorithm, after Kraaij and Pohlmann), written from its published
/// definition: "schulden" → "schuld", "toeslagen" → "toeslaag", "gemeentelijke" → "meentelijk". It reproduces the
/// official Snowball test vocabulary word for word, which the tests check. The steps below keep the definition's
/// names and order, so the two can be read side by side.
/// </summary>
public static partial class DutchStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 2 || word.Length > 64)
        {
            return word;
        }

        var z = new SnowballCursor(word);
        var (p1, p2) = Measure(z);
        var stemmed = false;

        z.BeginBackward();
        stemmed |= Backward(z, () => Step1(z, p1));
        stemmed |= Backward(z, () => Step2(z, p1));
        stemmed |= Backward(z, () => Step3(z, p1, p2));
        stemmed |= Backward(z, () => Step4(z, p1));

        if (LosePrefix(z))
        {
            (p1, _) = Measure(z);
            stemmed = true;
            z.BeginBackward();
            Backward(z, () => Step1c(z, p1));
        }

        if (LoseInfix(z))
        {
            (p1, _) = Measure(z);
            stemmed = true;
            z.BeginBackward();
            Backward(z, () => Step1c(z, p1));
        }

        z.BeginBackward();
        stemmed |= Backward(z, () => Step7(z));
        if (stemmed)
        {
            Backward(z, () => Step6(z));
        }

        return z.ToString();
    }

    /// <summary>Runs a step from the end of the word, as Snowball's <c>do</c> in backward mode: the cursor returns to the end afterwards.</summary>
    private static bool Backward(SnowballCursor z, Func<bool> step)
    {
        var fromEnd = z.Limit - z.Cursor;
        var result = step();
        z.Cursor = z.Limit - fromEnd;
        return result;
    }

    /// <summary>
    /// R1 starts after the first consonant that follows a vowel; R2 likewise within R1. "ij" counts as a vowel.
    /// Both are the word's end when there is no such place.
    /// </summary>
    private static (int P1, int P2) Measure(SnowballCursor z)
    {
        z.BeginForward();
        var p1 = z.Limit;
        var p2 = z.Limit;
        if (SkipSyllable(z))
        {
            p1 = z.Cursor;
            if (SkipSyllable(z))
            {
                p2 = z.Cursor;
            }
        }

        return (p1, p2);
    }

    // repeat non-v, atleast 1 ('ij' or v), non-v
    private static bool SkipSyllable(SnowballCursor z)
    {
        while (z.OutGroupForward(IsV))
        {
        }

        var vowels = 0;
        while (z.EatForward("ij") || z.InGroupForward(IsV))
        {
            vowels++;
        }

        return vowels > 0 && z.OutGroupForward(IsV);
    }
}
