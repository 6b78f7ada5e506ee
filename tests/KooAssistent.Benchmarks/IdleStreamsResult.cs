namespace KooAssistent.Benchmarks;

/// <summary>What the idle mode measured: the bot's memory before the streams opened and after they sat idle.</summary>
public sealed record IdleStreamsResult(int Planned, int Opened, int StillOpen, TimeSpan OpenedIn, ProcessMemory Before, ProcessMemory After)
{
    public bool Passed => Opened == Planned && StillOpen == Opened;
}
