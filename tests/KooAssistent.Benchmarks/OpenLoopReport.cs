using System.Globalization;
using System.Text;

namespace KooAssistent.Benchmarks;

/// <summary>The open-loop block for the README, in the closed loop's layout.</summary>
public static class OpenLoopReport
{
    public static string Format(BenchmarkOptions options, TargetBot target, OpenLoopResult result)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(result);
        var report = new StringBuilder();
        Line(report, $"=== KooAssistent Direct Line benchmark, open loop, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC ===");
        Line(report, $"machine        {MachineInfo.Processor}; {MachineInfo.Memory}");
        Line(report, $"os             {MachineInfo.OperatingSystem}");
        Line(report, $"runtime        {MachineInfo.Runtime}");
        Line(report, $"server         {SummaryReport.Server(target)}");
        Line(report, $"transport      websocket (streamUrl, ClientWebSocket per conversation)");
        Line(report, $"load           {options.Rate} messages/s offered, {options.Arrivals.ToString().ToLowerInvariant()} arrivals{(options.Arrivals == Arrivals.Poisson ? $" (seed {options.Seed})" : string.Empty)}, for {options.Duration.TotalSeconds:0} s, round robin over {options.Conversations} conversations");
        Line(report, $"warm-up        {options.WarmupTurns} closed-loop turns per conversation before measuring, discarded; per-message timeout {options.TurnTimeout.TotalSeconds:0.#} s");
        Line(report, $"conversations  {result.ConversationsOpen} open, {result.ConversationsFailed} failed to open");
        Line(report, $"messages       {result.Completed} of {result.Samples.Count} answered");
        Line(report, $"errors         {result.Samples.Count - result.Completed}");
        foreach (var (error, count) in result.Errors.OrderByDescending(pair => pair.Value))
        {
            Line(report, $"  {count,6} x     {error}");
        }

        Line(report, $"setup+warm-up  {result.Setup.TotalSeconds:0.00} s (not measured)");
        Line(report, $"wall time      {result.MeasuredWallTime.TotalSeconds:0.00} s (first intended send -> last reply)");
        Line(report, $"cpu            {result.CpuDuringMeasurement}, during the measured phase");
        Line(report, $"throughput     {result.TurnsPerSecond:0.0} turns/s answered (offered {options.Rate})");
        Line(report, $"turn latency   {Latency(result.TurnLatency)}   (intended send -> bot reply received)");
        Line(report, $"POST ack       {Latency(result.AckLatency)}   (intended send -> 200 with id, message durable)");
        Line(report, $"send lag       p50 {result.SendLag.P50,7:0.00} ms  p99 {result.SendLag.P99,7:0.00} ms   (how late this generator sent; already inside the figures above)");
        Line(report, $"percentiles    nearest rank over all samples, measured from the intended send time (no coordinated omission)");
        Line(report, $"result         {(result.Passed ? "PASS" : "FAIL")}");
        return report.ToString();
    }

    private static string Latency(LatencySummary latency) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"p50 {latency.P50,7:0.00} ms  p90 {latency.P90,7:0.00} ms  p99 {latency.P99,7:0.00} ms  p99.9 {latency.P999,7:0.00} ms  max {latency.Max,7:0.00} ms");

    private static void Line(StringBuilder report, FormattableString line) =>
        report.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
