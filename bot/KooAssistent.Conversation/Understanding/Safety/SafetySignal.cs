namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>One danger signal and the words (normalised) that showed it.</summary>
public sealed record SafetySignal(SafetyConcern Concern, string Evidence);
