using System.Diagnostics;
using System.Net;
using KooAssistent.Testing;

namespace KooAssistent.Benchmarks;

/// <summary>Starts every conversation at once, lets them run their closed loops, and gathers what they measured.</summary>
public sealed class BenchmarkRunner(BenchmarkOptions options)
{
    public async Task<BenchmarkResult> RunAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var http = CreateHttpClient(baseAddress);
        var client = new DirectLineTestClient(http);
        var startLine = new StartLine(options.Conversations);
        var loop = new ConversationLoop(client, options, startLine);

        var begun = Stopwatch.GetTimestamp();
        var conversations = Enumerable.Range(0, options.Conversations)
            .Select(number => Task.Run(() => loop.RunAsync(number, cancellationToken), CancellationToken.None))
            .ToArray();
        var cpuAtStart = startLine.Opened.ContinueWith(_ => CpuSnapshot.Take(), TaskScheduler.Default);
        var outcomes = await Task.WhenAll(conversations);
        var cpuAtEnd = CpuSnapshot.Take();
        if (options.SamplesFile is { } samplesFile)
        {
            await SampleFile.WriteAsync(samplesFile, outcomes);
        }

        // Every conversation arrives at or leaves the start line before it finishes, so it has opened by now.
        var measuredFrom = await startLine.Opened;
        var cpu = CpuSnapshot.Describe(await cpuAtStart, cpuAtEnd);
        return Summarise(outcomes, Stopwatch.GetElapsedTime(begun, measuredFrom), measuredFrom, cpu);
    }

    private BenchmarkResult Summarise(ConversationOutcome[] outcomes, TimeSpan setup, long measuredFrom, string cpu)
    {
        var errors = outcomes
            .Where(outcome => outcome.Error is not null)
            .GroupBy(outcome => outcome.Error!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var measuredUntil = outcomes.Max(outcome => outcome.FinishedAt);
        var wall = measuredUntil > measuredFrom ? Stopwatch.GetElapsedTime(measuredFrom, measuredUntil) : TimeSpan.Zero;
        return new BenchmarkResult(
            ConversationsStarted: outcomes.Count(outcome => outcome.Started),
            ConversationsFinished: outcomes.Count(outcome => outcome.Error is null),
            TurnsPlanned: options.Conversations * options.Turns,
            TurnsCompleted: outcomes.Sum(outcome => outcome.TurnLatencies.Count),
            errors,
            setup,
            wall,
            LatencySummary.Of(outcomes.SelectMany(outcome => outcome.TurnLatencies)),
            LatencySummary.Of(outcomes.SelectMany(outcome => outcome.AckLatencies)),
            cpu);
    }

    internal static HttpClient CreateHttpClient(Uri baseAddress)
    {
        // One connection per concurrent conversation, as many browsers would open; no client-side cap.
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
        };
        return new HttpClient(handler, disposeHandler: true)
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan, // every step has its own per-turn deadline
        };
    }
}
