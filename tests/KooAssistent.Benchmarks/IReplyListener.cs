namespace KooAssistent.Benchmarks;

/// <summary>One conversation's view of the bot's replies, whatever the transport.</summary>
public interface IReplyListener : IAsyncDisposable
{
    /// <summary>
    /// Completes with the <see cref="System.Diagnostics.Stopwatch"/> timestamp at which the client received the
    /// bot's first reply to <paramref name="activityId"/>.
    /// </summary>
    Task<long> WaitForReplyAsync(string activityId, CancellationToken cancellationToken);
}
