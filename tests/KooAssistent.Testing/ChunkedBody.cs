using System.Net;

namespace KooAssistent.Testing;

/// <summary>
/// A request body of a given size, made up as it is sent and sent chunked (no Content-Length), the way an attacker
/// defeats a length check up front. Counts what the server actually took, so a test can see where it stopped reading.
/// </summary>
public sealed class ChunkedBody : HttpContent
{
    private const int ChunkSize = 64 * 1024;
    private readonly byte[] prefix;
    private readonly long totalBytes;
    private long sent;

    public ChunkedBody(byte[] prefix, long totalBytes, string contentType = "application/json")
    {
        this.prefix = prefix;
        this.totalBytes = totalBytes;
        Headers.ContentType = new(contentType);
    }

    public long Sent => Interlocked.Read(ref sent);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await stream.WriteAsync(prefix);
        Interlocked.Add(ref sent, prefix.Length);
        var filler = new byte[ChunkSize];
        Array.Fill(filler, (byte)'a');
        while (Sent < totalBytes)
        {
            var size = (int)Math.Min(ChunkSize, totalBytes - Sent);
            await stream.WriteAsync(filler.AsMemory(0, size));
            Interlocked.Add(ref sent, size);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
