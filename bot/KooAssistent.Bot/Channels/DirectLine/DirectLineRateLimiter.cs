using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// One token bucket per conversation, shared by all Direct Line endpoints (a singleton: endpoint filters are
/// created per endpoint, so the buckets cannot live in the filter).
/// </summary>
public sealed class DirectLineRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public DirectLineRateLimiter(IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perMinute = options.Value.RequestsPerMinute;
        limiter = PartitionedRateLimiter.Create<string, string>(conversationId =>
            RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => new TokenBucketRateLimiterOptions
            {
                // A burst of half a minute's allowance, refilled every second.
                TokenLimit = Math.Max(1, perMinute / 2),
                TokensPerPeriod = Math.Max(1, (int)Math.Ceiling(perMinute / 60.0)),
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public RateLimitLease Acquire(string conversationId) => limiter.AttemptAcquire(conversationId);

    public void Dispose() => limiter.Dispose();
}
