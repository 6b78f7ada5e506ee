using System.Security.Cryptography;
using System.Text;
using KooAssistent.Storage.Staff;

namespace KooAssistent.Bot.Staff.Oidc;

/// <summary>
/// An account that signs in through the identity provider keeps, where a local account keeps its password hash, a
/// marker of the provider's subject: <c>oidc$</c> and a digest of issuer and subject. It is no valid hash, so the
/// password form can never open it, and it binds the account to one person at the provider: someone else who later
/// gets the same username there, or a local account of that name, is refused instead of taking it over.
/// </summary>
public static class ExternalAccount
{
    private const string Prefix = "oidc$";

    public static string Marker(string issuer, string subject)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(subject);
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{issuer}\n{subject}")));
    }

    public static bool IsExternal(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.PasswordHash.StartsWith(Prefix, StringComparison.Ordinal);
    }

    public static bool Matches(StaffAccount account, string marker)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(marker);
        return IsExternal(account) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(account.PasswordHash), Encoding.UTF8.GetBytes(marker));
    }
}
