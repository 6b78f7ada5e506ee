namespace KooAssistent.Conversation.Activities;

/// <summary>Activity type values from the Bot Framework schema; compared ordinally.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string ConversationUpdate = "conversationUpdate";
    public const string EndOfConversation = "endOfConversation";
    public const string Invoke = "invoke";
}
