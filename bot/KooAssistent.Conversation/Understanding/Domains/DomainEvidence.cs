namespace KooAssistent.Conversation.Understanding.Domains;

/// <summary>A life domain a message touches, and the words that showed it.</summary>
public sealed record DomainEvidence(string Domain, string Evidence);
