namespace KooAssistent.Conversation.Understanding.Recognizers.Scanning;

/// <param name="Text">The folded text of the token (lower case, no accents).</param>
/// <param name="SpaceBefore">Whitespace (or the start of the text) comes right before it.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, string Text, bool SpaceBefore)
{
    public int End => Start + Length;
}
