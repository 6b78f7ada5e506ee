namespace KooAssistent.Conversation.Dialog.Triage;

/// <summary>Reads a resident's message with the detectors (language, crisis, life domains, acts, personal numbers).</summary>
public interface IMessageReader
{
    /// <param name="message">The new message.</param>
    /// <param name="earlierMessages">The resident's earlier messages in this conversation, oldest first, for signals split over messages.</param>
    MessageReading Read(string message, IReadOnlyList<string> earlierMessages);
}
