namespace KooAssistent.Testing;

/// <summary>
/// A clock that only moves when a test says so. Timers created from it (token lifetimes, keep-alives,
/// periodic workers) fire during <see cref="Advance"/>, never on their own, so tests never sleep.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualTimer> timers = [];
    private DateTimeOffset now = start;
    private long ticks;

    public ManualClock()
        : this(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override long GetTimestamp()
    {
        lock (gate)
        {
            return ticks;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        List<ManualTimer> due;
        lock (gate)
        {
            now += by;
            ticks += by.Ticks;
            due = timers.Where(timer => timer.DueAt <= now).ToList();
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Track(ManualTimer timer, bool active)
    {
        lock (gate)
        {
            timers.Remove(timer);
            if (active)
            {
                timers.Add(timer);
            }
        }
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; } = DateTimeOffset.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            this.period = period;
            var active = dueTime != Timeout.InfiniteTimeSpan;
            DueAt = active ? clock.GetUtcNow() + dueTime : DateTimeOffset.MaxValue;
            clock.Track(this, active);
            return true;
        }

        public void Fire()
        {
            var repeats = period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero;
            DueAt = repeats ? DueAt + period : DateTimeOffset.MaxValue;
            clock.Track(this, repeats);
            callback(state);
        }

        public void Dispose() => clock.Track(this, active: false);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
