using System.Security.Cryptography;
using KooAssistent.Bot.Staff;
using KooAssistent.Bot.Staff.Oidc;
using KooAssistent.Storage.Staff;

namespace KooAssistent.Bot.Tests.Staff;

/// <summary>
/// Password storage: PBKDF2-HMAC-SHA512 in a versioned format, older hashes verified and marked for an upgrade,
/// anything tampered with refused. (This assembly hashes with few iterations, see TestIterations; the format test
/// asks for the product's count explicitly.)
/// </summary>
public sealed class PasswordHasherTests
{
    private const string Password = "een-lang-wachtwoord";

    [Fact]
    public void A_hash_verifies_its_own_password_and_no_other()
    {
        var hash = PasswordHasher.Hash(Password);

        Assert.Equal(PasswordCheck.Correct, PasswordHasher.Check(Password, hash));
        Assert.True(PasswordHasher.Verify(Password, hash));
        Assert.False(PasswordHasher.Verify("een-lang-wachtwoorD", hash));
        Assert.False(PasswordHasher.Verify(string.Empty, hash));
        Assert.NotEqual(hash, PasswordHasher.Hash(Password));
    }

    [Fact]
    public void The_product_hashes_with_sha512_210000_iterations_a_16_byte_salt_in_format_v2()
    {
        Assert.True(PasswordHasher.Iterations >= 210_000);

        var hash = PasswordHasher.Hash(Password, PasswordHasher.Iterations);

        var parts = hash.Split('$');
        Assert.Equal(["v2", "210000"], parts[..2]);
        var salt = Convert.FromBase64String(parts[2]);
        Assert.Equal(16, salt.Length);
        Assert.Equal(Rfc2898DeriveBytes.Pbkdf2(Password, salt, 210_000, HashAlgorithmName.SHA512, 64), Convert.FromBase64String(parts[3]));
        Assert.Equal(PasswordCheck.Correct, PasswordHasher.Check(Password, hash));
    }

    [Fact]
    public void A_hash_of_the_first_scheme_verifies_and_is_marked_outdated()
    {
        var legacy = LegacyHash(Password, 1_000);

        Assert.Equal(PasswordCheck.CorrectButOutdated, PasswordHasher.Check(Password, legacy));
        Assert.Equal(PasswordCheck.Wrong, PasswordHasher.Check("iets-anders-helemaal", legacy));
    }

    [Fact]
    public void A_v2_hash_with_fewer_iterations_than_now_is_marked_outdated()
    {
        var weaker = PasswordHasher.Hash(Password, PasswordHasher.CurrentIterations - 1);

        Assert.Equal(PasswordCheck.CorrectButOutdated, PasswordHasher.Check(Password, weaker));
    }

    [Theory]
    [InlineData("hash")]
    [InlineData("salt")]
    [InlineData("iterations")]
    [InlineData("scheme")]
    [InlineData("truncated")]
    [InlineData("not-base64")]
    [InlineData("extra-part")]
    [InlineData("huge-iterations")]
    [InlineData("negative-iterations")]
    [InlineData("empty")]
    public void A_tampered_hash_verifies_nothing(string tampering)
    {
        var parts = PasswordHasher.Hash(Password).Split('$');
        var tampered = tampering switch
        {
            "hash" => Join(parts[0], parts[1], parts[2], Flip(parts[3])),
            "salt" => Join(parts[0], parts[1], Flip(parts[2]), parts[3]),
            "iterations" => Join(parts[0], (int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), parts[2], parts[3]),
            "scheme" => Join("v1", parts[1], parts[2], parts[3]),
            "truncated" => Join(parts[0], parts[1], parts[2], parts[3][..8]),
            "not-base64" => Join(parts[0], parts[1], parts[2], "!!" + parts[3][2..]),
            "extra-part" => Join(parts[0], parts[1], parts[2], parts[3], "x"),
            "huge-iterations" => Join(parts[0], "2000000000", parts[2], parts[3]),
            "negative-iterations" => Join(parts[0], "-1", parts[2], parts[3]),
            _ => string.Empty,
        };

        Assert.Equal(PasswordCheck.Wrong, PasswordHasher.Check(Password, tampered));
    }

    [Fact]
    public void The_marker_of_an_account_of_the_identity_provider_is_no_password()
    {
        var marker = ExternalAccount.Marker("https://login.example", "sub-1");

        Assert.False(PasswordHasher.Verify(marker, marker));
        Assert.False(PasswordHasher.Verify(string.Empty, marker));
    }

    /// <summary>The format before v2: PBKDF2-HMAC-SHA256, 32 bytes.</summary>
    internal static string LegacyHash(string password, int iterations)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, 32);
        return Join("pbkdf2-sha256", iterations.ToString(System.Globalization.CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    private static string Join(params string[] parts) => string.Join('$', parts);

    private static string Flip(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        bytes[0] ^= 0x01;
        return Convert.ToBase64String(bytes);
    }
}
