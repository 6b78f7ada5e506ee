namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>One crisis signal: which kind (suicide, violence, child, sexual, medical) and the words that showed it.</summary>
public sealed record CrisisFinding(CrisisCategory Category, string Evidence);
