namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>Reads a body into memory, but never more than a limit: an oversized body is refused, not buffered.</summary>
public static class RequestBodyReader
{
    /// <returns>The body, or null when it is larger than <paramref name="limit"/> bytes.</returns>
    public static Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ContentLength > limit
            ? Task.FromResult<byte[]?>(null)
            : ReadAsync(request.Body, limit, cancellationToken);
    }

    /// <returns>The content, or null when it is larger than <paramref name="limit"/> bytes.</returns>
    public static async Task<byte[]?> ReadAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        try
        {
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
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

        return buffer.ToArray();
    }
}
