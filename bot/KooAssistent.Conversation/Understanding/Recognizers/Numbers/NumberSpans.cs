namespace KooAssistent.Conversation.Understanding.Recognizers.Numbers;

/// <summary>All numbers in a message, findable by the token they start or end at.</summary>
internal sealed class NumberSpans
{
    private readonly Dictionary<int, NumberSpan> byFirstToken = [];
    private readonly Dictionary<int, NumberSpan> byLastToken = [];
    private readonly List<NumberSpan> all = [];

    public IReadOnlyList<NumberSpan> All => all;

    public void Add(NumberSpan span)
    {
        all.Add(span);
        byFirstToken[span.FirstToken] = span;
        byLastToken[span.LastToken] = span;
    }

    public bool TryStartingAt(int token, out NumberSpan span) => byFirstToken.TryGetValue(token, out span);

    public bool TryEndingAt(int token, out NumberSpan span) => byLastToken.TryGetValue(token, out span);
}
