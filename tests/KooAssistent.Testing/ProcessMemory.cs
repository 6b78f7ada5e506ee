using System.Globalization;

namespace KooAssistent.Testing;

/// <summary>
/// The resident memory of another process, from Linux's <c>/proc/{pid}</c>: the current size and the peak since the
/// last reset, so a test sees the highest point reached during an attack rather than whatever a sample caught.
/// </summary>
public static class ProcessMemory
{
    /// <summary>Resident set size now (<c>VmRSS</c>), in bytes.</summary>
    public static long Resident(int processId) => Read(processId, "VmRSS:");

    /// <summary>The highest resident set size since start or the last <see cref="ResetPeak"/> (<c>VmHWM</c>), in bytes.</summary>
    public static long Peak(int processId) => Read(processId, "VmHWM:");

    /// <summary>Sets the peak to the current size ("5" to <c>clear_refs</c>, allowed for one's own processes).</summary>
    public static void ResetPeak(int processId) => File.WriteAllText($"/proc/{processId}/clear_refs", "5");

    private static long Read(int processId, string field)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(candidate => candidate.StartsWith(field, StringComparison.Ordinal));
        var kilobytes = line[field.Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}
