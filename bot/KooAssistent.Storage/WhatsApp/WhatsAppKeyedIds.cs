using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace KooAssistent.Storage.WhatsApp;

/// <summary>
/// The id of a WhatsApp resident's conversation: a keyed pseudonym of the business number and the resident's wa_id
/// (HMAC-SHA256 under <c>WhatsApp:ConversationIdKey</c>, or under a key generated once: a file in the data folder on
/// SQLite, a row of <c>generated_keys</c> on PostgreSQL). The bot names the conversation with it, and the insight rows
/// keep it as their conversation id after the conversation itself is deleted, so whoever holds the number and the key
/// (an operator with <c>koo privacy</c>) finds those rows for an erasure; without the key it cannot be turned back into
/// a number. It leaves with the rows it is stored on.
/// </summary>
public static class WhatsAppKeyedIds
{
    /// <summary>The generated key's file in the data folder (SQLite).</summary>
    public const string KeyFileName = "whatsapp-conversation-ids.key";

    /// <summary>The generated key's name among the database's generated keys (PostgreSQL).</summary>
    public const string StoredName = "whatsapp-conversation-ids";

    /// <summary>"wa" and 120 bits of the HMAC, base64url: as long as the unkeyed ids of earlier versions were, and as unguessable.</summary>
    public static string ConversationId(byte[] key, string phoneNumberId, string waId) =>
        "wa" + Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{phoneNumberId}:{waId}")).AsSpan(0, 15));
}
