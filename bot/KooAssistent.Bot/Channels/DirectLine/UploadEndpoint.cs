using KooAssistent.Bot.Turns;
using KooAssistent.Conversation.Activities;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// <c>POST /conversations/{id}/upload</c>. The bot does not accept files: documents with BSN or bank details
/// must not pile up in a chat store. The files are read and thrown away unseen; the message that came with them
/// is stored (so Web Chat marks it sent) and the bot explains that files cannot be received.
/// </summary>
public static class UploadEndpoint
{
    private const string ActivityPartName = "activity";
    private const string ActivityContentType = "application/vnd.microsoft.activity";

    /// <summary>Part headers and boundaries of a multipart upload, beyond its files and its activity.</summary>
    private const long MultipartFraming = 64 * 1024;

    /// <summary>The most the server reads of one upload: the files, the activity that comes with them, and the framing.</summary>
    public static long MaxBodyBytes(DirectLineOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return limits.MaxUploadBytes + limits.MaxActivityBytes + MultipartFraming;
    }

    public static async Task<IResult> PostAsync(
        HttpContext http,
        TurnPipeline pipeline,
        IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        if (http.Request.ContentLength > limits.MaxUploadBytes)
        {
            return DirectLineErrors.TooLarge($"An upload may be at most {limits.MaxUploadBytes} bytes.");
        }

        var upload = await ReadAsync(http.Request, limits, cancellationToken);
        if (upload.Refusal is { } refusal)
        {
            return refusal;
        }

        var posted = upload.Activity ?? new Activity { Type = ActivityTypes.Message };
        var outcome = ClientActivityMapper.Map(posted with { Type = ActivityTypes.Message }, http.GetDirectLineCaller(), limits.MaxTextLength, upload.Files);
        return await ActivityEndpoints.AcceptAsync(outcome, pipeline, limits, cancellationToken);
    }

    private static async Task<UploadContent> ReadAsync(HttpRequest request, DirectLineOptions limits, CancellationToken cancellationToken)
    {
        var budget = new ByteBudget(limits.MaxUploadBytes);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            // A single file sent as the whole body, without an activity.
            return await budget.DrainAsync(request.Body, cancellationToken)
                ? new UploadContent(null, 1, null)
                : UploadContent.TooLarge(limits.MaxUploadBytes);
        }

        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return new UploadContent(null, 0, DirectLineErrors.BadArgument("The multipart body has no boundary."));
        }

        try
        {
            return await ReadPartsAsync(new MultipartReader(boundary, request.Body), budget, limits, cancellationToken);
        }
        catch (Exception malformed) when (malformed is InvalidDataException || (malformed is IOException && malformed is not BadHttpRequestException))
        {
            // Cut off before the closing boundary, part headers beyond the reader's limit, no boundary at all: the
            // client's mistake, and nothing of it was stored. (A body over the server's limit stays a 413.)
            return new UploadContent(null, 0, DirectLineErrors.BadArgument("The multipart body is malformed."));
        }
    }

    private static async Task<UploadContent> ReadPartsAsync(MultipartReader reader, ByteBudget budget, DirectLineOptions limits, CancellationToken cancellationToken)
    {
        Activity? activity = null;
        var files = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (IsActivityPart(section))
            {
                var json = await RequestBodyReader.ReadAsync(section.Body, limits.MaxActivityBytes, cancellationToken);
                if (json is null)
                {
                    return UploadContent.TooLarge(limits.MaxActivityBytes);
                }

                if (!ActivityEndpoints.TryParse(json, out var parsed))
                {
                    return new UploadContent(null, 0, DirectLineErrors.BadArgument("The activity part is not a valid activity."));
                }

                activity = parsed;
                continue;
            }

            files++;
            if (!await budget.DrainAsync(section.Body, cancellationToken))
            {
                return UploadContent.TooLarge(limits.MaxUploadBytes);
            }
        }

        return new UploadContent(activity, files, null);
    }

    private static bool IsActivityPart(MultipartSection section) =>
        (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
            && disposition.Name.Value?.Trim('"') == ActivityPartName)
        || (section.ContentType?.StartsWith(ActivityContentType, StringComparison.OrdinalIgnoreCase) ?? false);

    private sealed record UploadContent(Activity? Activity, int Files, IResult? Refusal)
    {
        public static UploadContent TooLarge(long limit) =>
            new(null, 0, DirectLineErrors.TooLarge($"An upload may be at most {limit} bytes."));
    }

    /// <summary>Counts bytes read across all parts, so many small files cannot add up to an unbounded upload.</summary>
    private sealed class ByteBudget(long limit)
    {
        private long used;

        public async Task<bool> DrainAsync(Stream stream, CancellationToken cancellationToken)
        {
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                used += read;
                if (used > limit)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
