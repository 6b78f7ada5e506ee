using System.Globalization;
using System.Threading.RateLimiting;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// Slows a runaway or abusive client with 429 and <c>Retry-After</c> (which DirectLineJS honours), per
/// conversation, so other residents are unaffected.
/// </summary>
public sealed class DirectLineRateLimitFilter(DirectLineRateLimiter limiter, ILogger<DirectLineRateLimitFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var caller = context.HttpContext.GetDirectLineCaller();
        using var lease = limiter.Acquire(caller.ConversationId);
        if (lease.IsAcquired)
        {
            return await next(context);
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        DirectLineLog.RateLimited(logger, caller.ConversationId);
        return DirectLineErrors.TooManyRequests("Too many requests for this conversation; wait a moment.");
    }
}
