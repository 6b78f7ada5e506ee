using System.Globalization;
using System.Security.Cryptography;

namespace KooAssistent.Storage.Staff;

/// <summary>
/// Local account passwords: PBKDF2-HMAC-SHA512 with 210,000 iterations, a random 16-byte salt and a 64-byte hash (the
/// OWASP Password Storage Cheat Sheet's figure for SHA-512), stored as <c>v2$iterations$salt$hash</c>. Hashes of the
/// first scheme (<c>pbkdf2-sha256$iterations$salt$hash</c>) and v2 hashes with fewer iterations still verify, and
/// <see cref="Check"/> says they are outdated, so sign-in re-hashes them with the current parameters. Every
/// comparison is in constant time; a stored value that is not a valid hash verifies nothing, after the same work.
/// </summary>
public static class PasswordHasher
{
    public const int Iterations = 210_000;

    /// <summary>The current format's first field: PBKDF2-HMAC-SHA512.</summary>
    public const string Version = "v2";

    /// <summary>The first format (PBKDF2-HMAC-SHA256), verified and upgraded at the next sign-in.</summary>
    public const string LegacyScheme = "pbkdf2-sha256";

    public const int SaltBytes = 16;
    public const int HashBytes = 64;

    // A stored iteration count is read from the database: a corrupted or planted huge one must not hang a sign-in.
    private const int MaximumIterations = 10_000_000;

    // Only ever lowered by test assemblies (UseTestIterations); the product always hashes with Iterations.
    private static int currentIterations = Iterations;

    // A fixed salt for the work done when there is no hash to compare with; its result is thrown away.
    private static readonly byte[] NothingSalt = RandomNumberGenerator.GetBytes(SaltBytes);

    /// <summary>The iterations new hashes get: <see cref="Iterations"/>, except in test runs that lowered it.</summary>
    public static int CurrentIterations => Volatile.Read(ref currentIterations);

    public static string Hash(string password) => Hash(password, CurrentIterations);

    internal static string Hash(string password, int iterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA512, HashBytes);
        return string.Join('$', Version, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    public static bool Verify(string password, string stored) => Check(password, stored) != PasswordCheck.Wrong;

    /// <summary>Whether the password matches, and whether the stored hash should be replaced by a current one.</summary>
    public static PasswordCheck Check(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(stored);
        if (!TryParse(stored, out var algorithm, out var iterations, out var salt, out var expected))
        {
            VerifyAgainstNothing(password);
            return PasswordCheck.Wrong;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, algorithm, expected.Length);
        if (!CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            return PasswordCheck.Wrong;
        }

        return algorithm == HashAlgorithmName.SHA512 && iterations >= CurrentIterations && salt.Length >= SaltBytes && expected.Length >= HashBytes
            ? PasswordCheck.Correct
            : PasswordCheck.CorrectButOutdated;
    }

    /// <summary>
    /// Spends the work of a real check when there is no hash to check against, so the answer's timing does not
    /// reveal that (an unknown, locked or disabled account, or one that signs in through the identity provider).
    /// </summary>
    public static void VerifyAgainstNothing(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        Rfc2898DeriveBytes.Pbkdf2(password, NothingSalt, CurrentIterations, HashAlgorithmName.SHA512, HashBytes);
    }

    /// <summary>
    /// For test assemblies only (internal, visible to them alone): hash with fewer iterations so suites that create
    /// and sign in many accounts stay fast. Hashes made this way verify in the product as outdated and are upgraded.
    /// </summary>
    internal static void UseTestIterations(int iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        Volatile.Write(ref currentIterations, iterations);
    }

    private static bool TryParse(string stored, out HashAlgorithmName algorithm, out int iterations, out byte[] salt, out byte[] hash)
    {
        algorithm = default;
        iterations = 0;
        salt = hash = [];
        var parts = stored.Split('$');
        if (parts.Length != 4 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations is < 1 or > MaximumIterations)
        {
            return false;
        }

        algorithm = parts[0] switch
        {
            Version => HashAlgorithmName.SHA512,
            LegacyScheme => HashAlgorithmName.SHA256,
            _ => default,
        };
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        return algorithm != default && salt.Length > 0 && hash.Length >= 16;
    }
}
