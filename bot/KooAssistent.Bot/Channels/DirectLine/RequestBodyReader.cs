using System.Buffers;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>Reads a body into memory, but never more than a limit: an oversized body is refused, not buffered.</summary>
public static class RequestBodyReader
{
    private const int ChunkBytes = 8192;

    /// <returns>The body, or null when it is larger than <paramref name="limit"/> bytes.</returns>
    public static Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength is not > 0)
        {
            return ReadAsync(request.Body, limit, cancellationToken);
        }

        // A declared length (what Web Chat sends) is read straight into an array of that size: a fresh 8 KB chunk and a
        // growing MemoryStream for a few hundred bytes of activity were most of what reading one allocated (README, #12).
        var declared = request.ContentLength.Value;
        return declared > limit
            ? Task.FromResult<byte[]?>(null)
            : ReadDeclaredAsync(request.Body, (int)declared, cancellationToken);
    }

    /// <returns>The content, or null when it is larger than <paramref name="limit"/> bytes.</returns>
    public static async Task<byte[]?> ReadAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own limit for the endpoint (RequestBodyLimits) ended the body first.
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>A body whose Content-Length is within the limit; the server ends it there, so it cannot grow past it.</summary>
    private static async Task<byte[]?> ReadDeclaredAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var content = new byte[length];
        int filled;
        try
        {
            filled = await body.ReadAtLeastAsync(content, length, throwOnEndOfStream: false, cancellationToken);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return filled == length ? content : content[..filled];
    }
}
