using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using KooAssistent.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Staff;

/// <summary>
/// Sign-ins per client address and per account name, counted before any password is checked: a burst of guesses
/// costs neither hashing work nor attempts on the account. Unknown names are throttled exactly like existing ones,
/// so a 429 says nothing about which accounts exist.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> perAddress;
    private readonly PartitionedRateLimiter<string> perAccount;

    public SignInThrottle(IOptions<StaffOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        perAddress = PerMinute(options.Value.SignInsPerMinutePerAddress);
        perAccount = PerMinute(options.Value.SignInsPerMinutePerAccount);
    }

    /// <returns>Null when the sign-in may go ahead; otherwise how long to wait.</returns>
    public TimeSpan? Refuse(IPAddress? address, string username)
    {
        ArgumentNullException.ThrowIfNull(username);
        using var byAddress = perAddress.AttemptAcquire(ClientAddress.Key(address));
        if (!byAddress.IsAcquired)
        {
            return RetryAfter(byAddress);
        }

        using var byAccount = perAccount.AttemptAcquire(username.ToLowerInvariant());
        return byAccount.IsAcquired ? null : RetryAfter(byAccount);
    }

    public void Dispose()
    {
        perAddress.Dispose();
        perAccount.Dispose();
    }

    private static PartitionedRateLimiter<string> PerMinute(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : TimeSpan.FromMinutes(1);

    /// <summary>The <c>Retry-After</c> header value: whole seconds, at least one.</summary>
    public static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
