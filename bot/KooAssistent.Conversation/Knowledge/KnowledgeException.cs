namespace KooAssistent.Conversation.Knowledge;

/// <summary>Content in <c>knowledge/</c> is missing or invalid; the message names the file and the fault for an editor.</summary>
public sealed class KnowledgeException : Exception
{
    public KnowledgeException(string message)
        : base(message)
    {
    }

    public KnowledgeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
