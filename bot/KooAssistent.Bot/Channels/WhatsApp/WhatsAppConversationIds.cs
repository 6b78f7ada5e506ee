using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using KooAssistent.Storage;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// One conversation per resident (wa_id) per business number, named by an HMAC of the two with a secret key. The id
/// is what logs and the audit log carry; unkeyed, it was a hash anyone could reverse by hashing every Dutch mobile
/// number (0.4 s for one number, minutes for all). The key comes from <c>WhatsApp:ConversationIdKey</c>, or is
/// generated once into the data folder like the token signing key; several instances must share it.
/// </summary>
public sealed class WhatsAppConversationIds
{
    public const string KeyFileName = "whatsapp-conversation-ids.key";

    private readonly Lazy<byte[]> key;
    private readonly string phoneNumberId;

    public WhatsAppConversationIds(IOptions<WhatsAppOptions> options, DataDirectory data, ILogger<WhatsAppConversationIds> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        var settings = options.Value;
        phoneNumberId = settings.PhoneNumberId;

        // Made when first needed, so a bot without WhatsApp never writes a key it has no use for.
        key = new Lazy<byte[]>(() => string.IsNullOrEmpty(settings.ConversationIdKey)
            ? GeneratedKeyFile.LoadOrCreate(data.File(KeyFileName), $"{WhatsAppOptions.SectionName}:ConversationIdKey", logger)
            : Encoding.UTF8.GetBytes(settings.ConversationIdKey));
    }

    public string For(string waId) => Compute(key.Value, phoneNumberId, waId);

    /// <summary>"wa" and 120 bits of the HMAC, base64url: as long as the unkeyed ids were, and as unguessable.</summary>
    public static string Compute(byte[] key, string phoneNumberId, string waId) =>
        "wa" + Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{phoneNumberId}:{waId}")).AsSpan(0, 15));

    /// <summary>The unkeyed id earlier versions gave a conversation; only used to find and rename those conversations.</summary>
    public static string Unkeyed(string phoneNumberId, string waId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{phoneNumberId}:{waId}"));
        return "wa" + Convert.ToBase64String(hash, 0, 15).Replace('+', '-').Replace('/', '_');
    }
}
