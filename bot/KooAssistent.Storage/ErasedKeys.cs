using System.Security.Cryptography;
using System.Text;

namespace KooAssistent.Storage;

/// <summary>
/// The dedupe keys of erased activities, as kept after the erasure: a hash of conversation and key, which says nothing
/// about either but still recognises the same delivery when it comes again.
/// </summary>
public static class ErasedKeys
{
    /// <summary>
    /// Longer than any replay window (<c>WhatsApp:MaxMessageAgeDays</c> is at most 30 days): after that, a replayed
    /// delivery is refused for its age and the hash is no longer needed.
    /// </summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(31);

    public static string Hash(string conversationId, string idempotencyKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId + "\n" + idempotencyKey)));
}
