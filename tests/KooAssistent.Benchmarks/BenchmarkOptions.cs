namespace KooAssistent.Benchmarks;

/// <summary>What to run; see <see cref="OptionsParser"/> for the command line that fills it.</summary>
public sealed record BenchmarkOptions
{
    public int Conversations { get; init; } = 50;

    public int Turns { get; init; } = 20;

    /// <summary>Turns per conversation before the measured phase; they warm the JIT, pools and SQLite cache.</summary>
    public int WarmupTurns { get; init; } = 2;

    /// <summary>Null means: start the bot in this process on loopback with a fresh database.</summary>
    public Uri? Url { get; init; }

    public Transport Transport { get; init; } = Transport.WebSocket;

    /// <summary>
    /// Pause between polls. 25 ms sits in the 20–50 ms range that keeps the added latency small without turning
    /// the benchmark into a GET flood; Web Chat's own polling interval is 1 s.
    /// </summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(25);

    /// <summary>When set, every measured turn is also written here as CSV, for histograms and outlier hunting.</summary>
    public string? SamplesFile { get; init; }

    /// <summary>Open loop: messages per second over all conversations; null runs the closed loop.</summary>
    public double? Rate { get; init; }

    /// <summary>Open loop: how long messages keep arriving.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public Arrivals Arrivals { get; init; } = Arrivals.Poisson;

    /// <summary>Open loop: seed of the Poisson schedule, so back-to-back runs offer the same bursts.</summary>
    public int Seed { get; init; } = 12;

    /// <summary>Idle mode: open this many conversations with a stream each, keep them idle and measure the bot's memory.</summary>
    public int? IdleStreams { get; init; }

    /// <summary>Idle mode: the process id of the bot behind <see cref="Url"/>, whose memory is read from /proc.</summary>
    public int? BotProcessId { get; init; }

    /// <summary>Idle mode: how long the streams stay open and idle before the second measurement.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Idle mode: where the before and after heap dumps go (needs dotnet-gcdump); null keeps none.</summary>
    public string? GcDumpDirectory { get; init; }

    /// <summary>The Bot Framework's limit for one activity (see reliability.md §1).</summary>
    public TimeSpan TurnTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
