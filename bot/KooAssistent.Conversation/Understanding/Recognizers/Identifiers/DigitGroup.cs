namespace KooAssistent.Conversation.Understanding.Recognizers.Identifiers;

/// <summary>A run of ASCII digits in the folded text.</summary>
internal readonly record struct DigitGroup(int Start, int End)
{
    public int Length => End - Start;
}
