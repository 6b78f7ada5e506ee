namespace KooAssistent.Conversation.Understanding.Recognizers.Numbers;

/// <param name="MaybeArticle">Dutch "een", which is far more often "a" than "one".</param>
internal readonly record struct NumberMorpheme(MorphemeKind Kind, decimal Value, bool MaybeArticle = false);
