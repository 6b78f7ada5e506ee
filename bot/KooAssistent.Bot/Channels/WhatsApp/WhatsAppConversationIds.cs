using System.Security.Cryptography;
using System.Text;
using KooAssistent.Storage;
using KooAssistent.Storage.Keys;
using KooAssistent.Storage.WhatsApp;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// One conversation per resident (wa_id) per business number, named by an HMAC of the two with a secret key. The id
/// is what logs and the audit log carry; unkeyed, it was a hash anyone could reverse by hashing every Dutch mobile
/// number (0.4 s for one number, minutes for all). The key comes from <c>WhatsApp:ConversationIdKey</c>, or is
/// generated once like the token signing key: on SQLite into the data folder, on PostgreSQL into the database, because
/// every instance must name a resident's conversation the same way or one resident would get a conversation per pod.
/// The same id keys the conversation's insight rows, which <c>koo privacy</c> finds by it (<see cref="WhatsAppKeyedIds"/>).
/// </summary>
public sealed class WhatsAppConversationIds
{
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
                ? keys.GeneratedKeyAsync(WhatsAppKeyedIds.StoredName, CancellationToken.None).GetAwaiter().GetResult().Bytes
                : GeneratedKeyFile.LoadOrCreate(data.File(WhatsAppKeyedIds.KeyFileName), $"{WhatsAppOptions.SectionName}:ConversationIdKey", logger));
    }

    public string For(string waId) => WhatsAppKeyedIds.ConversationId(key.Value, phoneNumberId, waId);

    /// <summary>The unkeyed id earlier versions gave a conversation; only used to find and rename those conversations.</summary>
    public static string Unkeyed(string phoneNumberId, string waId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{phoneNumberId}:{waId}"));
        return "wa" + Convert.ToBase64String(hash, 0, 15).Replace('+', '-').Replace('/', '_');
    }
}
