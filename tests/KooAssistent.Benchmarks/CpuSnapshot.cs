using System.Diagnostics;
using System.Globalization;

namespace KooAssistent.Benchmarks;

/// <summary>
/// CPU time used so far by this process and, on Linux, by the whole machine. The difference between two
/// snapshots shows whether the run was CPU-bound, and whether other work on the machine competed with it.
/// </summary>
public sealed record CpuSnapshot(long Timestamp, TimeSpan ProcessCpu, long MachineBusyTicks, long MachineTotalTicks)
{
    public static CpuSnapshot Take()
    {
        using var process = Process.GetCurrentProcess();
        var (busy, total) = ReadProcStat();
        return new CpuSnapshot(Stopwatch.GetTimestamp(), process.TotalProcessorTime, busy, total);
    }

    /// <summary>For example "this process 73 % of 2 cores, whole machine 95 %".</summary>
    public static string Describe(CpuSnapshot from, CpuSnapshot to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var wall = Stopwatch.GetElapsedTime(from.Timestamp, to.Timestamp);
        if (wall <= TimeSpan.Zero)
        {
            return "n/a";
        }

        var own = (to.ProcessCpu - from.ProcessCpu) / (wall * Environment.ProcessorCount);
        var description = string.Create(CultureInfo.InvariantCulture, $"this process {own:P0} of {Environment.ProcessorCount} cores");
        var total = to.MachineTotalTicks - from.MachineTotalTicks;
        if (total <= 0)
        {
            return description;
        }

        var machine = (double)(to.MachineBusyTicks - from.MachineBusyTicks) / total;
        return string.Create(CultureInfo.InvariantCulture, $"{description}; whole machine {machine:P0} (the rest: other processes, such as a separately run bot)");
    }

    /// <summary>Busy and total jiffies over all cores from the first line of /proc/stat; idle and iowait count as not busy.</summary>
    private static (long Busy, long Total) ReadProcStat()
    {
        const string stat = "/proc/stat";
        if (!File.Exists(stat))
        {
            return (0, 0);
        }

        var fields = File.ReadLines(stat).First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Take(8).Select(field => long.Parse(field, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Sum();
        var idle = fields[3] + fields[4];
        return (total - idle, total);
    }
}
