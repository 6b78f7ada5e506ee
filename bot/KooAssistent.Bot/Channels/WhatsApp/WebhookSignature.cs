using System.Security.Cryptography;
using System.Text;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// Checks <c>X-Hub-Signature-256</c>: HMAC-SHA256 of the exact raw body with the app secret, compared in constant
/// time, before anything is parsed. A re-serialised body (other escaping of é, ë or emoji) no longer matches.
/// </summary>
public static class WebhookSignature
{
    private const string Prefix = "sha256=";

    public static bool IsValid(ReadOnlySpan<byte> body, string? header, string appSecret)
    {
        if (string.IsNullOrEmpty(appSecret) || header is null || !header.StartsWith(Prefix, StringComparison.Ordinal) || header.Length != Prefix.Length + 64)
        {
            return false;
        }

        byte[] sent;
        try
        {
            sent = Convert.FromHexString(header.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body);
        return CryptographicOperations.FixedTimeEquals(expected, sent);
    }

    /// <summary>The header value for a body, as Meta would send it (for the simulator and tests).</summary>
    public static string Sign(ReadOnlySpan<byte> body, string appSecret) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));
}
