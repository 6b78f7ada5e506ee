namespace KooAssistent.Conversation.Knowledge.Analysis;

/// <summary>
/// A word being stemmed, with the cursor, limits and slice marks of the Snowball string-processing model, so the
/// Dutch algorithm can be written step by step as its published definition reads. Backward operations look at the
/// characters before the cursor and move it left; forward operations look after it and move it right.
/// </summary>
internal sealed class SnowballCursor
{
    private char[] text;

    public SnowballCursor(string word)
    {
        text = new char[Math.Max(16, word.Length * 2)];
        word.CopyTo(0, text, 0, word.Length);
        Length = word.Length;
        Limit = word.Length;
    }

    public int Length { get; private set; }

    /// <summary>The position between characters that operations start from.</summary>
    public int Cursor { get; set; }

    /// <summary>The end the cursor may not pass: the word's end going forward.</summary>
    public int Limit { get; set; }

    /// <summary>The start the cursor may not pass going backward.</summary>
    public int LimitBackward { get; set; }

    /// <summary>Start of the slice that <see cref="Replace"/> changes.</summary>
    public int Bra { get; set; }

    /// <summary>End of the slice that <see cref="Replace"/> changes.</summary>
    public int Ket { get; set; }

    public override string ToString() => new(text, 0, Length);

    public char At(int index) => text[index];

    public void BeginBackward()
    {
        LimitBackward = 0;
        Cursor = Limit = Length;
    }

    public void BeginForward()
    {
        Cursor = 0;
        Limit = Length;
    }

    /// <summary>Whether <paramref name="suffix"/> ends at the cursor; if so the cursor moves before it.</summary>
    public bool EatBackward(string suffix)
    {
        if (Cursor - LimitBackward < suffix.Length || !text.AsSpan(Cursor - suffix.Length, suffix.Length).SequenceEqual(suffix))
        {
            return false;
        }

        Cursor -= suffix.Length;
        return true;
    }

    /// <summary>Whether <paramref name="prefix"/> starts at the cursor; if so the cursor moves past it.</summary>
    public bool EatForward(string prefix)
    {
        if (Limit - Cursor < prefix.Length || !text.AsSpan(Cursor, prefix.Length).SequenceEqual(prefix))
        {
            return false;
        }

        Cursor += prefix.Length;
        return true;
    }

    /// <summary>The character before the cursor is in the group: step over it.</summary>
    public bool InGroupBackward(Func<char, bool> group)
    {
        if (Cursor <= LimitBackward || !group(text[Cursor - 1]))
        {
            return false;
        }

        Cursor--;
        return true;
    }

    /// <summary>The character before the cursor exists and is not in the group: step over it.</summary>
    public bool OutGroupBackward(Func<char, bool> group)
    {
        if (Cursor <= LimitBackward || group(text[Cursor - 1]))
        {
            return false;
        }

        Cursor--;
        return true;
    }

    public bool InGroupForward(Func<char, bool> group)
    {
        if (Cursor >= Limit || !group(text[Cursor]))
        {
            return false;
        }

        Cursor++;
        return true;
    }

    public bool OutGroupForward(Func<char, bool> group)
    {
        if (Cursor >= Limit || group(text[Cursor]))
        {
            return false;
        }

        Cursor++;
        return true;
    }

    /// <summary>The longest of <paramref name="suffixes"/> ending at the cursor, its index, with the cursor moved before it; -1 if none.</summary>
    public int FindAmongBackward(string[] suffixes)
    {
        var best = -1;
        for (var i = 0; i < suffixes.Length; i++)
        {
            var suffix = suffixes[i];
            if ((best < 0 || suffix.Length > suffixes[best].Length) && Cursor - LimitBackward >= suffix.Length
                && text.AsSpan(Cursor - suffix.Length, suffix.Length).SequenceEqual(suffix))
            {
                best = i;
            }
        }

        if (best >= 0)
        {
            Cursor -= suffixes[best].Length;
        }

        return best;
    }

    /// <summary>The longest of <paramref name="prefixes"/> starting at the cursor, its index, with the cursor moved past it; -1 if none.</summary>
    public int FindAmongForward(string[] prefixes)
    {
        var best = -1;
        for (var i = 0; i < prefixes.Length; i++)
        {
            var prefix = prefixes[i];
            if ((best < 0 || prefix.Length > prefixes[best].Length) && Limit - Cursor >= prefix.Length
                && text.AsSpan(Cursor, prefix.Length).SequenceEqual(prefix))
            {
                best = i;
            }
        }

        if (best >= 0)
        {
            Cursor += prefixes[best].Length;
        }

        return best;
    }

    /// <summary>Replaces the slice from <see cref="Bra"/> to <see cref="Ket"/>, keeping the cursor and limit where Snowball keeps them.</summary>
    public void Replace(string replacement) => ReplaceRange(Bra, Ket, replacement, setKet: true);

    public void Delete() => Replace(string.Empty);

    public string Slice() => new(text, Bra, Ket - Bra);

    /// <summary>Inserts at the cursor and leaves the cursor where it was (before the text going forward).</summary>
    public void Insert(string value)
    {
        var saved = Cursor;
        ReplaceRange(Cursor, Cursor, value, setKet: false);
        Cursor = saved;
    }

    /// <summary>Inserts at the cursor and leaves the cursor after the inserted text.</summary>
    public void Attach(string value) => ReplaceRange(Cursor, Cursor, value, setKet: false);

    private void ReplaceRange(int start, int end, string replacement, bool setKet)
    {
        var adjustment = replacement.Length - (end - start);
        if (Length + adjustment > text.Length)
        {
            Array.Resize(ref text, (Length + adjustment) * 2);
        }

        Array.Copy(text, end, text, end + adjustment, Length - end);
        replacement.CopyTo(0, text, start, replacement.Length);
        Length += adjustment;
        Limit += adjustment;
        if (Cursor >= end)
        {
            Cursor += adjustment;
        }
        else if (Cursor > start)
        {
            Cursor = start;
        }

        if (setKet)
        {
            Ket = Bra + replacement.Length;
        }
    }
}
