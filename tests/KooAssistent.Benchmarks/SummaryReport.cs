using System.Globalization;
using System.Text;

namespace KooAssistent.Benchmarks;

/// <summary>The block that goes into the README: fixed labels, invariant numbers, machine and conditions included.</summary>
public static class SummaryReport
{
    public static string Format(BenchmarkOptions options, TargetBot target, BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(result);
        var report = new StringBuilder();
        Line(report, $"=== KooAssistent Direct Line benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC ===");
        Line(report, $"machine        {MachineInfo.Processor}; {MachineInfo.Memory}");
        Line(report, $"os             {MachineInfo.OperatingSystem}");
        Line(report, $"runtime        {MachineInfo.Runtime}");
        Line(report, $"server         {Server(target)}");
        Line(report, $"transport      {Transport(options)}");
        Line(report, $"load           {options.Conversations} conversations x {options.Turns} turns, closed loop (each sends its next message only after the reply)");
        Line(report, $"warm-up        {options.WarmupTurns} turns per conversation before measuring, discarded; per-turn timeout {options.TurnTimeout.TotalSeconds:0.#} s");
        Line(report, $"conversations  {result.ConversationsStarted} started, {result.ConversationsFinished} finished without error");
        Line(report, $"turns          {result.TurnsCompleted} of {result.TurnsPlanned} completed");
        Line(report, $"errors         {result.ErrorCount}");
        foreach (var (error, count) in result.Errors.OrderByDescending(pair => pair.Value))
        {
            Line(report, $"  {count,6} x     {error}");
        }

        Line(report, $"setup+warm-up  {result.Setup.TotalSeconds:0.00} s (token, start, stream, warm-up turns; not measured)");
        Line(report, $"wall time      {result.MeasuredWallTime.TotalSeconds:0.00} s (measured phase)");
        Line(report, $"cpu            {result.CpuDuringMeasurement}, during the measured phase");
        Line(report, $"throughput     {result.TurnsPerSecond:0.0} turns/s");
        Line(report, $"turn latency   {Latency(result.TurnLatency)}   (POST sent -> bot reply received)");
        Line(report, $"POST ack       p50 {result.AckLatency.P50,7:0.00} ms  p99 {result.AckLatency.P99,7:0.00} ms   (POST sent -> 200 with id, message durable)");
        if (options.Transport == Benchmarks.Transport.Polling)
        {
            Line(report, $"note           polling latency includes the poll interval ({options.PollInterval.TotalMilliseconds:0} ms between polls)");
        }

        Line(report, $"percentiles    nearest rank over all {result.TurnLatency.Count} measured samples; Stopwatch timing in the client");
        Line(report, $"result         {(result.Passed ? "PASS" : "FAIL")}");
        return report.ToString();
    }

    internal static string Server(TargetBot target)
    {
        if (!target.InProcess)
        {
            return $"{target.BaseAddress} (already running; rate limits and hardware as configured there)";
        }

        var fileSystem = target.DataDirectory is { } data ? MachineInfo.FileSystemOf(data) : null;
        return $"in-process Kestrel on {target.BaseAddress} with a fresh SQLite file{(fileSystem is null ? string.Empty : $" on {fileSystem}")}; "
            + "client and server share this machine, this process and its thread pool; rate limits raised";
    }

    private static string Transport(BenchmarkOptions options) =>
        options.Transport == Benchmarks.Transport.WebSocket
            ? "websocket (streamUrl, ClientWebSocket per conversation)"
            : $"polling (GET activities?watermark=, right after the POST ack, then every {options.PollInterval.TotalMilliseconds:0} ms)";

    private static string Latency(LatencySummary latency) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"p50 {latency.P50,7:0.00} ms  p90 {latency.P90,7:0.00} ms  p99 {latency.P99,7:0.00} ms  max {latency.Max,7:0.00} ms  mean {latency.Mean,7:0.00} ms");

    private static void Line(StringBuilder report, FormattableString line) =>
        report.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
