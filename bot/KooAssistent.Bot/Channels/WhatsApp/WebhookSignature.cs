using System.Security.Cryptography;
using System.Text;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// <c>X-Hub-Signature-256</c>: HMAC-SHA256 of the exact raw body with the app secret, <c>sha256=</c> and 64 hex
/// digits. The header is checked for its form before the body is read, and the HMAC is compared in constant time
/// after (<see cref="WebhookBody"/>). A re-serialised body (other escaping of é, ë or emoji) no longer matches.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-Hub-Signature-256";
    private const string Prefix = "sha256=";

    /// <summary>The signature the header claims, or false when there is no header of the right form.</summary>
    public static bool TryRead(string? header, out byte[] claimed)
    {
        claimed = [];
        if (header is null || !header.StartsWith(Prefix, StringComparison.Ordinal) || header.Length != Prefix.Length + 64)
        {
            return false;
        }

        try
        {
            claimed = Convert.FromHexString(header.AsSpan(Prefix.Length));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The header value for a body, as Meta would send it (for the simulator and tests).</summary>
    public static string Sign(ReadOnlySpan<byte> body, string appSecret) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));
}
