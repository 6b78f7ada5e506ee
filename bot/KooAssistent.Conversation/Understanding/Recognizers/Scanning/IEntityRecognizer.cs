namespace KooAssistent.Conversation.Understanding.Recognizers.Scanning;

/// <summary>
/// One kind of recognition. Recognizers may propose overlapping candidates; <see cref="OverlapResolver"/> chooses.
/// Every recognizer scans in linear time without regular expressions, so no input can make it slow.
/// </summary>
internal interface IEntityRecognizer
{
    void Recognize(RecognitionInput input, ICollection<RecognizedEntity> candidates);
}
