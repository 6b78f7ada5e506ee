using Microsoft.AspNetCore.Diagnostics;

namespace KooAssistent.Bot.Hosting;

/// <summary>
/// A body the server refused while it was being read (too large, malformed chunking, cut off) is the client's fault:
/// 413 or 400 in the project's error shape, never the 500 of an unhandled exception.
/// </summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException refused || httpContext.Response.HasStarted)
        {
            return false;
        }

        var error = refused.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? ErrorBody.Of(refused.StatusCode, "RequestTooLarge", "The request body is larger than this address accepts.")
            : ErrorBody.Of(refused.StatusCode, "BadRequest", "The request body could not be read.");
        await error.ExecuteAsync(httpContext);
        return true;
    }
}
