namespace KooAssistent.Bot.Turns;

/// <summary>
/// Runs turns one conversation at a time and in order, while different conversations proceed in parallel.
/// It keeps no turn data: a lane only knows "look in the store for pending turns of this conversation", so a
/// request that arrives while the lane runs is picked up by the same lane, and nothing lives only in memory.
/// Lanes order the turns within this process; across instances on one database the <see cref="ITurnRunner"/> does.
/// </summary>
public sealed partial class TurnScheduler : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Lane> lanes = new(StringComparer.Ordinal);
    private readonly HashSet<Task> running = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly ITurnRunner runner;
    private readonly ILogger<TurnScheduler> logger;

    public TurnScheduler(ITurnRunner runner, ILogger<TurnScheduler> logger)
    {
        this.runner = runner;
        this.logger = logger;
    }

    /// <summary>Makes sure the pending turns of the conversation will be processed soon; cheap and safe to call often.</summary>
    public void Schedule(string conversationId) => _ = ScheduleAndWaitAsync(conversationId);

    /// <summary>
    /// Like <see cref="Schedule"/>, and completes when the conversation has no more turns to run (or its lane
    /// stopped on an error, leaving the turn pending for recovery).
    /// </summary>
    public Task ScheduleAndWaitAsync(string conversationId)
    {
        lock (gate)
        {
            if (stopping.IsCancellationRequested)
            {
                return Task.CompletedTask;
            }

            if (lanes.TryGetValue(conversationId, out var lane))
            {
                lane.Requested = true;
                return lane.Drained.Task;
            }

            lane = new Lane { Requested = true };
            lanes.Add(conversationId, lane);
            Hosting.TurnTelemetry.LaneStarted();
            var task = Task.Run(() => RunLaneAsync(conversationId, lane));
            running.Add(task);
            _ = task.ContinueWith(finished => Forget(finished), TaskScheduler.Default);
            return lane.Drained.Task;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task[] inFlight;
        lock (gate)
        {
            stopping.Cancel();
            inFlight = [.. running];
        }

        // Turns cut short stay pending in the store and run again at the next start.
        await Task.WhenAll(inFlight).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stopping.Dispose();
    }

    private async Task RunLaneAsync(string conversationId, Lane lane)
    {
        try
        {
            while (true)
            {
                lock (gate)
                {
                    if (!lane.Requested || stopping.IsCancellationRequested)
                    {
                        RemoveLane(conversationId);
                        return;
                    }

                    lane.Requested = false;
                }

                await runner.RunPendingAsync(conversationId, stopping.Token);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            EndLane(conversationId);
        }
        catch (Exception exception)
        {
            // The turn stays pending; the recovery worker schedules the conversation again.
            LogLaneFailed(exception, conversationId);
            EndLane(conversationId);
        }
        finally
        {
            lane.Drained.TrySetResult();
        }
    }

    private void EndLane(string conversationId)
    {
        lock (gate)
        {
            RemoveLane(conversationId);
        }
    }

    /// <summary>Called under the gate.</summary>
    private void RemoveLane(string conversationId)
    {
        if (lanes.Remove(conversationId))
        {
            Hosting.TurnTelemetry.LaneEnded();
        }
    }

    private void Forget(Task finished)
    {
        lock (gate)
        {
            running.Remove(finished);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turns of conversation {ConversationId} could not be processed; they stay pending")]
    private partial void LogLaneFailed(Exception exception, string conversationId);

    private sealed class Lane
    {
        public bool Requested { get; set; }

        public TaskCompletionSource Drained { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
