using KooAssistent.Conversation.Understanding.Recognizers.Scanning;

namespace KooAssistent.Conversation.Understanding.Recognizers.Numbers;

/// <summary>Every number that is not merely "een"/"a"/"half"; anything more specific over the same text wins.</summary>
internal sealed class NumberRecognizer : IEntityRecognizer
{
    public void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates)
    {
        foreach (var span in input.Numbers.All.Where(span => !span.IsWeak))
        {
            candidates.Add(input.Entity(EntityKind.Number, span.Start, span.End, new NumberValue(span.Value)));
        }
    }
}
