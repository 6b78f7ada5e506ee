using System.Security.Cryptography;
using System.Text;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// One conversation per resident (wa_id) per business number. The id is derived, not the phone number itself,
/// so ids in logs reveal nothing; the wa_id is kept only as the conversation's user id, needed to reply.
/// </summary>
public static class WhatsAppConversations
{
    public const string Channel = "whatsapp";

    public static string IdFor(string phoneNumberId, string waId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{phoneNumberId}:{waId}"));
        return "wa" + Convert.ToBase64String(hash, 0, 15).Replace('+', '-').Replace('/', '_');
    }
}
