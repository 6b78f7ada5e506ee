using System.Diagnostics;

namespace KooAssistent.Benchmarks;

/// <summary>
/// Holds every conversation back until all have been set up and warmed up, so the measured phase starts at one
/// moment and its wall time and throughput are not smeared by a slow start.
/// </summary>
public sealed class StartLine(int participants)
{
    private readonly TaskCompletionSource<long> opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int waiting = participants;

    /// <summary>The Stopwatch timestamp at which the measured phase began; valid once every participant arrived or left.</summary>
    public Task<long> Opened => opened.Task;

    public Task ArriveAsync()
    {
        Leave();
        return opened.Task;
    }

    /// <summary>A conversation that failed before the line does not hold the others back.</summary>
    public void Leave()
    {
        if (Interlocked.Decrement(ref waiting) == 0)
        {
            opened.TrySetResult(Stopwatch.GetTimestamp());
        }
    }
}
