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
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(failed);
        using var timer = new PeriodicTimer(interval, clock);
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
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
