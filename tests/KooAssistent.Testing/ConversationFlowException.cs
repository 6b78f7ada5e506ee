namespace KooAssistent.Testing;

/// <summary>A conversation did not go as the flow expected; the message says which step and what came instead.</summary>
public sealed class ConversationFlowException(string message) : Exception(message);
