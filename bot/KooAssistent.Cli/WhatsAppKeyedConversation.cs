using System.Text;
using KooAssistent.Storage;
using KooAssistent.Storage.WhatsApp;

namespace KooAssistent.Cli;

/// <summary>
/// The keyed id the bot gives a WhatsApp number's conversation (<see cref="WhatsAppKeyedIds"/>), worked out from the
/// bot's own settings in koo's environment: <c>WhatsApp__PhoneNumberId</c>, and the key of
/// <c>WhatsApp__ConversationIdKey</c> or else the one the bot generated. Through it <c>koo privacy</c> finds the insight
/// rows a conversation left after it was deleted for its age; the live conversation is found by the number itself.
/// </summary>
internal static class WhatsAppKeyedConversation
{
    public const string PhoneNumberIdVariable = "WhatsApp__PhoneNumberId";
    public const string KeyVariable = "WhatsApp__ConversationIdKey";

    /// <returns>The id, or null and what is missing to work it out.</returns>
    public static async Task<(string? Id, string? Missing)> ForAsync(string number, BotDatabase database, BotStores stores, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(stores);
        if (database.Setting(PhoneNumberIdVariable) is not { Length: > 0 } phoneNumberId)
        {
            return (null, $"{PhoneNumberIdVariable} is not set");
        }

        var key = database.Setting(KeyVariable) is { Length: > 0 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : await stores.GeneratedKeyAsync(WhatsAppKeyedIds.KeyFileName, WhatsAppKeyedIds.StoredName, cancellationToken);
        return key is null
            ? (null, $"{KeyVariable} is not set and the bot generated no key in {stores.GeneratedKeysPlace}")
            : (WhatsAppKeyedIds.ConversationId(key, phoneNumberId, PrivacySubject.WaIdOf(number)), null);
    }
}
