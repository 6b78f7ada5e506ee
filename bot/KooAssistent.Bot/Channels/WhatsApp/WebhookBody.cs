using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace KooAssistent.Bot.Channels.WhatsApp;

/// <summary>
/// A webhook delivery's raw bytes, read with a hard limit and signed as they arrive: the HMAC is computed piece by
/// piece while the bytes stream in, so the bot never holds more than the limit of a delivery it cannot yet trust,
/// and the bytes are only handed on (to be parsed) once every one of them is in and the signature matches.
/// </summary>
public sealed class WebhookBody : IDisposable
{
    private readonly PooledBytes bytes;

    private WebhookBody(PooledBytes bytes, WebhookBodyVerdict verdict)
    {
        this.bytes = bytes;
        Verdict = verdict;
    }

    public WebhookBodyVerdict Verdict { get; }

    /// <summary>The signed bytes; empty unless <see cref="Verdict"/> is <see cref="WebhookBodyVerdict.Authentic"/>.</summary>
    public ReadOnlySequence<byte> Bytes => Verdict == WebhookBodyVerdict.Authentic ? bytes.AsSequence() : ReadOnlySequence<byte>.Empty;

    public static async Task<WebhookBody> ReadAsync(HttpRequest request, byte[] claimedSignature, string appSecret, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(claimedSignature);
        var received = new PooledBytes();
        if (request.ContentLength > limit)
        {
            return Refused(received, WebhookBodyVerdict.TooLarge);
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(appSecret));
        try
        {
            int read;
            do
            {
                var space = received.FreeSpace();
                read = await request.Body.ReadAsync(space, cancellationToken);
                if (received.Length + read > limit)
                {
                    return Refused(received, WebhookBodyVerdict.TooLarge);
                }

                hmac.AppendData(space.Span[..read]);
                received.Advance(read);
            }
            while (read > 0);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refused(received, WebhookBodyVerdict.TooLarge);
        }
        catch
        {
            received.Dispose();
            throw;
        }

        return CryptographicOperations.FixedTimeEquals(hmac.GetHashAndReset(), claimedSignature)
            ? new WebhookBody(received, WebhookBodyVerdict.Authentic)
            : Refused(received, WebhookBodyVerdict.Forged);
    }

    public void Dispose() => bytes.Dispose();

    private static WebhookBody Refused(PooledBytes received, WebhookBodyVerdict verdict)
    {
        received.Dispose();
        return new WebhookBody(received, verdict);
    }
}
