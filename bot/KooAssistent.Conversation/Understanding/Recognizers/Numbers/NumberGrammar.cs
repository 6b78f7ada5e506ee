namespace KooAssistent.Conversation.Understanding.Recognizers.Numbers;

/// <summary>
/// Adds up number morphemes, rejecting sequences no one writes ("twee drie", "twintig dertig") so that a list of
/// numbers is read as a list. Dutch puts the unit first ("een-en-twintig"), English the tens first ("twenty-one").
/// </summary>
internal static class NumberGrammar
{
    private enum Slot
    {
        Empty,
        Unit,
        Tens,
        Full,
    }

    public static decimal? Evaluate(IReadOnlyList<NumberMorpheme> morphemes, bool dutchOrder)
    {
        var parts = WithoutArticles(morphemes);
        if (parts is null || parts.Count == 0)
        {
            return null;
        }

        if (parts[0].Kind == MorphemeKind.Zero)
        {
            return parts.Count == 1 ? 0 : null;
        }

        decimal scaled = 0, hundreds = 0, small = 0, lastScale = decimal.MaxValue;
        var slot = Slot.Empty;
        var afterAnd = false;
        var afterHalf = false;
        var beforeAnd = MorphemeKind.Zero;
        for (var index = 0; index < parts.Count; index++)
        {
            var part = parts[index];
            if (afterHalf && part.Kind != MorphemeKind.Scale)
            {
                return null;
            }

            var joinsBigger = afterAnd && beforeAnd is MorphemeKind.Hundred or MorphemeKind.Scale && slot == Slot.Empty;
            switch (part.Kind)
            {
                case MorphemeKind.Unit when !afterAnd && slot == Slot.Empty:
                    (small, slot) = (part.Value, dutchOrder ? Slot.Unit : Slot.Full);
                    break;
                case MorphemeKind.Unit when (!afterAnd && !dutchOrder && slot == Slot.Tens) || joinsBigger:
                    (small, slot) = (small + part.Value, Slot.Full);
                    break;
                case MorphemeKind.Teen when (!afterAnd && slot == Slot.Empty) || joinsBigger:
                    (small, slot) = (part.Value, Slot.Full);
                    break;
                case MorphemeKind.Tens when (!afterAnd && slot == Slot.Empty) || joinsBigger:
                    (small, slot) = (part.Value, dutchOrder ? Slot.Full : Slot.Tens);
                    break;
                case MorphemeKind.Tens when afterAnd && dutchOrder && slot == Slot.Unit:
                    (small, slot) = (small + part.Value, Slot.Full);
                    break;
                case MorphemeKind.Half when index == 0:
                    (small, slot, afterHalf) = (0.5m, Slot.Full, true);
                    break;
                case MorphemeKind.Half when afterAnd && slot != Slot.Empty:
                    (small, slot, afterHalf) = (small + 0.5m, Slot.Full, true);
                    break;
                case MorphemeKind.OneAndAHalf when index == 0:
                    (small, slot, afterHalf) = (1.5m, Slot.Full, true);
                    break;
                case MorphemeKind.And when !afterAnd && index > 0 && index < parts.Count - 1:
                    (afterAnd, beforeAnd) = (true, parts[index - 1].Kind);
                    continue;
                case MorphemeKind.Hundred when !afterAnd && hundreds == 0:
                    (hundreds, small, slot) = ((slot == Slot.Empty ? 1 : small) * 100, 0, Slot.Empty);
                    break;
                case MorphemeKind.Scale when !afterAnd && part.Value < lastScale:
                    var group = hundreds + small;
                    scaled += (group == 0 ? 1 : group) * part.Value;
                    (hundreds, small, slot, lastScale, afterHalf) = (0, 0, Slot.Empty, part.Value, false);
                    break;
                default:
                    return null;
            }

            afterAnd = false;
        }

        return afterAnd ? null : scaled + hundreds + small;
    }

    /// <summary>
    /// Reads "a"/"een" for what it stands for: 1 before hundred or a scale ("a hundred", "een miljoen"), nothing in
    /// "een half" and "and a half"; on its own it is 1 (the caller marks that as weak). Elsewhere it ends the number.
    /// </summary>
    private static List<NumberMorpheme>? WithoutArticles(IReadOnlyList<NumberMorpheme> morphemes)
    {
        var parts = new List<NumberMorpheme>(morphemes.Count);
        for (var index = 0; index < morphemes.Count; index++)
        {
            var part = morphemes[index];
            var isArticle = part.Kind == MorphemeKind.Article || part.MaybeArticle;
            var next = index + 1 < morphemes.Count ? morphemes[index + 1].Kind : (MorphemeKind?)null;
            if (isArticle && next == MorphemeKind.Half && (index == 0 || morphemes[index - 1].Kind == MorphemeKind.And))
            {
                continue;
            }

            if (part.Kind == MorphemeKind.Article)
            {
                if (morphemes.Count > 1 && next is not (MorphemeKind.Hundred or MorphemeKind.Scale))
                {
                    return null;
                }

                part = new NumberMorpheme(MorphemeKind.Unit, 1);
            }

            parts.Add(part);
        }

        return parts;
    }
}
