namespace KooAssistent.Conversation.Understanding.Recognizers.Scanning;

internal enum TokenKind
{
    /// <summary>A run of letters.</summary>
    Word,

    /// <summary>A run of ASCII digits 0-9 (other scripts' digits are never read as numbers).</summary>
    Digits,

    /// <summary>One other character: punctuation, a currency sign, half an emoji.</summary>
    Symbol,
}
