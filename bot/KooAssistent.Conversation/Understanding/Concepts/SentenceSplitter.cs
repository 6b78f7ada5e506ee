namespace KooAssistent.Conversation.Understanding.Concepts;

/// <summary>
/// Cuts raw text into sentences at full stops, question and exclamation marks, semicolons and line breaks, before
/// normalising takes the punctuation away. A full stop between digits ("1.500") or after a single letter ("d.w.z.")
/// does not end a sentence.
/// </summary>
public static class SentenceSplitter
{
    public static IEnumerable<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        for (var index = 0; index < text.Length; index++)
        {
            if (Ends(text, index))
            {
                if (index > start)
                {
                    yield return text[start..index];
                }

                start = index + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static bool Ends(string text, int index) => text[index] switch
    {
        '!' or '?' or ';' or '\n' or '\r' or '…' => true,
        '.' => !BetweenDigits(text, index) && !AfterSingleLetter(text, index) && !InEllipsis(text, index),
        _ => false,
    };

    /// <summary>"ik weet het niet meer... er liggen pillen": an ellipsis goes on with the same thought.</summary>
    private static bool InEllipsis(string text, int index) =>
        (index > 0 && text[index - 1] == '.') || (index < text.Length - 1 && text[index + 1] == '.');

    private static bool BetweenDigits(string text, int index) =>
        index > 0 && index < text.Length - 1 && char.IsDigit(text[index - 1]) && char.IsDigit(text[index + 1]);

    private static bool AfterSingleLetter(string text, int index) =>
        index > 0 && char.IsLetter(text[index - 1]) && (index == 1 || !char.IsLetter(text[index - 2]));
}
