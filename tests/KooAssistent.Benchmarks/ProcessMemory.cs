using System.Globalization;

namespace KooAssistent.Benchmarks;

/// <summary>
/// Another process's memory, read from <c>/proc/PID/status</c> (Linux only): resident set, and of it the anonymous
/// part (heap, stacks, GC regions: what the process itself holds, as against mapped files). The GC heap comes from a
/// heap dump when one was taken (<see cref="GcDump"/>).
/// </summary>
public sealed record ProcessMemory(long ResidentBytes, long AnonymousBytes, long? GcHeapBytes)
{
    public static ProcessMemory Read(int processId, long? gcHeapBytes)
    {
        var status = File.ReadAllLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status");
        return new ProcessMemory(Kilobytes(status, "VmRSS:") * 1024, Kilobytes(status, "RssAnon:") * 1024, gcHeapBytes);
    }

    private static long Kilobytes(string[] status, string key) =>
        status.Where(line => line.StartsWith(key, StringComparison.Ordinal))
            .Select(line => long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture))
            .FirstOrDefault();
}
