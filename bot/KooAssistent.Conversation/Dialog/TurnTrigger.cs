namespace KooAssistent.Conversation.Dialog;

public enum TurnTrigger
{
    /// <summary>The resident opened a new conversation; the bot introduces itself.</summary>
    ConversationStarted,

    /// <summary>The resident sent a message (text, a button press, or a file the channel did not accept).</summary>
    Message,

    /// <summary>A programmatic event from the client or a channel.</summary>
    Event,
}
