using System.Globalization;
using System.Text;

namespace KooAssistent.Benchmarks;

/// <summary>The idle mode's block for the README: memory before, after and per idle conversation.</summary>
public static class IdleStreamsReport
{
    public static string Format(BenchmarkOptions options, TargetBot target, IdleStreamsResult result)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(result);
        var report = new StringBuilder();
        Line(report, $"=== KooAssistent idle Web Chat conversations, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC ===");
        Line(report, $"machine        {MachineInfo.Processor}; {MachineInfo.Memory}");
        Line(report, $"server         {SummaryReport.Server(target)}, process {options.BotProcessId}");
        Line(report, $"load           {result.Planned} conversations (token, start, stream WebSocket), idle for {options.Settle.TotalSeconds:0} s");
        Line(report, $"streams        {result.Opened} opened in {result.OpenedIn.TotalSeconds:0.0} s, {result.StillOpen} still open when measured");
        Line(report, $"measured       {(result.Before.GcHeapBytes is null ? "/proc/PID/status only (dotnet-gcdump not installed: no GC heap, no full GC first)" : "after a full GC (a dotnet-gcdump heap dump), then /proc/PID/status")}");
        Row(report, "resident (RSS)", result.Before.ResidentBytes, result.After.ResidentBytes, result.Opened);
        Row(report, "anonymous", result.Before.AnonymousBytes, result.After.AnonymousBytes, result.Opened);
        if (result.Before.GcHeapBytes is { } heapBefore && result.After.GcHeapBytes is { } heapAfter)
        {
            Row(report, "GC heap", heapBefore, heapAfter, result.Opened);
        }

        Line(report, $"result         {(result.Passed ? "PASS" : "FAIL")} (every planned stream opened and stayed open)");
        return report.ToString();
    }

    private static void Row(StringBuilder report, string name, long before, long after, int streams)
    {
        var perStream = streams == 0 ? 0 : (after - before) / (double)streams / 1024;
        Line(report, $"{name,-14} {before / 1048576.0,7:0.0} MB -> {after / 1048576.0,7:0.0} MB, {perStream,6:0.0} KB per idle conversation");
    }

    private static void Line(StringBuilder report, FormattableString line) =>
        report.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
