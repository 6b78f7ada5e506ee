namespace KooAssistent.Conversation.Knowledge.Validation;

public sealed record ReadabilityScore(int Sentences, double AverageWordsPerSentence, int LongestSentenceWords, double LongWordShare);
