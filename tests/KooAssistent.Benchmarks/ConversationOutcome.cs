namespace KooAssistent.Benchmarks;

/// <summary>What one conversation measured; latencies in milliseconds, measured turns only, in turn order.</summary>
public sealed record ConversationOutcome(
    int Number,
    bool Started,
    IReadOnlyList<double> TurnLatencies,
    IReadOnlyList<double> AckLatencies,
    string? Error,
    long FinishedAt);
