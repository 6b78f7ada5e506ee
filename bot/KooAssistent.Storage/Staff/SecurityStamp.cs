using System.Security.Cryptography;
using System.Text;

namespace KooAssistent.Storage.Staff;

/// <summary>
/// The random value a session is signed in with; the store renews it whenever the account's password, role or team
/// changes or the account is disabled, which ends every session signed in before.
/// </summary>
public static class SecurityStamp
{
    /// <summary>128 random bits as lower-case hex, the same shape migration 0004 gives existing accounts.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Whether a session's stamp is the account's current one; an empty stamp never matches.</summary>
    public static bool Matches(string? sessionStamp, string accountStamp) =>
        !string.IsNullOrEmpty(sessionStamp) && accountStamp.Length > 0
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sessionStamp), Encoding.UTF8.GetBytes(accountStamp));
}
