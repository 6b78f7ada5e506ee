namespace KooAssistent.Conversation.Understanding.Recognizers.Numbers;

/// <summary>A number found in the tokens, from digits or words, shared by the recognizers that build on numbers.</summary>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="LastToken">Index of its last token.</param>
/// <param name="Start">Start in the text.</param>
/// <param name="End">End in the text (exclusive).</param>
/// <param name="Value">The number.</param>
/// <param name="Amount">The number read as money (see <see cref="ParsedDigits.Amount"/>).</param>
/// <param name="IsWeak">"een", "a" or "half" on its own: a number only where a unit follows ("een jaar", "a year").</param>
/// <param name="IsDigits">Written in digits.</param>
/// <param name="HasThousandSuffix">Written as "3k".</param>
internal readonly record struct NumberSpan(
    int FirstToken,
    int LastToken,
    int Start,
    int End,
    decimal Value,
    decimal Amount,
    bool IsWeak,
    bool IsDigits,
    bool HasThousandSuffix)
{
    public bool IsWholeNumber => Value == decimal.Truncate(Value);
}
