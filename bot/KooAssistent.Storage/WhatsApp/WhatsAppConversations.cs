namespace KooAssistent.Storage.WhatsApp;

/// <summary>
/// The WhatsApp channel's name on conversations. A resident is identified by <c>wa_id</c>, kept only as the
/// conversation's user id (needed to reply); the conversation id is keyed (<see cref="WhatsAppConversationIds"/>).
/// </summary>
public static class WhatsAppConversations
{
    public const string Channel = "whatsapp";
}
