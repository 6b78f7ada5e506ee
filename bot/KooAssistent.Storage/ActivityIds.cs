namespace KooAssistent.Storage;

/// <summary>
/// Activity ids in the shape the Direct Line service uses, <c>{conversationId}|{sequence:D7}</c>: unique, ordered
/// within a conversation, and opaque to clients.
/// </summary>
public static class ActivityIds
{
    public static string For(string conversationId, long sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");
}
