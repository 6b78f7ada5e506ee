using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using KooAssistent.Storage;
using KooAssistent.Storage.Keys;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// One conversation per resident (wa_id) per business number, named by an HMAC of the two with a secret key. The id
/// is what logs and the audit log carry; unkeyed, it was a hash anyone could reverse by hashing every Dutch mobile
/// number (0.4 s for one number, minutes for all). The key comes from <c>WhatsApp:ConversationIdKey</c>, or is
/// generated once like the token signing key: on SQLite into the data folder, on PostgreSQL into the database, because
/// every instance must name a resident's conversation the same way or one resident would get a conversation per pod.
/// </summary>
public sealed class WhatsAppConversationIds
{
    public const string KeyFileName = "whatsapp-conversation-ids.key";

    /// <summary>The key's name among the database's generated keys (PostgreSQL).</summary>
    public const string StoredName = "whatsapp-conversation-ids";

    private readonly Lazy<byte[]> key;
    private readonly string phoneNumberId;

    public WhatsAppConversationIds(
        IOptions<WhatsAppOptions> options, IOptions<PersistenceOptions> persistence, DataDirectory data, KeyStore keys, ILogger<WhatsAppConversationIds> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(persistence);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(keys);
        var settings = options.Value;
        var shared = persistence.Value.Provider == PersistenceProvider.Postgres;
        phoneNumberId = settings.PhoneNumberId;

        // Made when first needed, so a bot without WhatsApp never writes a key it has no use for. The database's key is
        // read once per process, so waiting for it here blocks one webhook call once.
        key = new Lazy<byte[]>(() => !string.IsNullOrEmpty(settings.ConversationIdKey)
            ? Encoding.UTF8.GetBytes(settings.ConversationIdKey)
            : shared
                ? keys.GeneratedKeyAsync(StoredName, CancellationToken.None).GetAwaiter().GetResult().Bytes
                : GeneratedKeyFile.LoadOrCreate(data.File(KeyFileName), $"{WhatsAppOptions.SectionName}:ConversationIdKey", logger));
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
