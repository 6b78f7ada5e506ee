using KooAssistent.Conversation.Understanding.Text;

namespace KooAssistent.Conversation.Understanding.Safety;

/// <summary>Signs the writer is a child or young teenager, in this message or an earlier one: then the Kindertelefoon is added.</summary>
public static class ChildWriter
{
    public static bool IsLikely(string message, IReadOnlyList<string> earlierMessages)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(earlierMessages);
        return earlierMessages.Append(message).Any(text => CrisisLexicon.ChildWriter.IsMatch(TextNormalizer.Normalize(text)));
    }
}
