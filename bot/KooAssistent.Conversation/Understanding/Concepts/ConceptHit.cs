namespace KooAssistent.Conversation.Understanding.Concepts;

/// <summary>A concept found in a text: which one, and the words it covers (token positions, end exclusive) in which sentence.</summary>
public readonly record struct ConceptHit(string Concept, int Start, int End, int Sentence);
