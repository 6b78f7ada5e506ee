namespace KooAssistent.Storage;

/// <summary>
/// The loop every background worker runs (outboxes, retention, abandoned tickets, pending-turn recovery): one round at
/// start, then one per tick. A failed round is reported and retried on the next tick, because it must not stop the
/// host; only cancellation ends the loop.
/// </summary>
public static class PeriodicRounds
{
    public static async Task RunAsync(TimeSpan interval, TimeProvider clock, Func<CancellationToken, Task> round, Action<Exception> failed, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        await RunAsync(timer.WaitForNextTickAsync, round, failed, stoppingToken);
    }

    /// <summary>
    /// The same loop for a worker woken by something of its own (a change, or its interval at the latest): after each
    /// round it awaits <paramref name="next"/>, and ends when that returns false or the host stops.
    /// </summary>
    public static async Task RunAsync(Func<CancellationToken, ValueTask<bool>> next, Func<CancellationToken, Task> round, Action<Exception> failed, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(failed);
        do
        {
            try
            {
                await round(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failed(exception);
            }
        }
        while (await next(stoppingToken));
    }
}
