namespace KooAssistent.Conversation.Understanding.Recognizers;

/// <summary>One thing found in a message, with where it stands in the original text.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Start">Index of its first character in the original text.</param>
/// <param name="Length">Number of characters it covers in the original text.</param>
/// <param name="Text">The original characters, exactly as typed.</param>
/// <param name="Value">The meaning: a typed value per kind (see <see cref="EntityValue"/>).</param>
public sealed record RecognizedEntity(EntityKind Kind, int Start, int Length, string Text, EntityValue Value)
{
    public int End => Start + Length;
}
