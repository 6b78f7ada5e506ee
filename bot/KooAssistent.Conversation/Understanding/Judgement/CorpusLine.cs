namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>One labelled conversation of the training corpus: what the resident typed, and the class it belongs to.</summary>
public sealed record CorpusLine(string File, int Number, string Text, string Class, bool IsTrap);
