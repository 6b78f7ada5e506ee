using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;

namespace KooAssistent.Benchmarks;

/// <summary>What the figures were measured on, so that a pasted result is never read without its hardware.</summary>
public static class MachineInfo
{
    public static string Processor =>
        $"{Environment.ProcessorCount} logical processors, {CpuModel() ?? RuntimeInformation.ProcessArchitecture.ToString()}";

    public static string OperatingSystem => RuntimeInformation.OSDescription;

    public static string Memory => $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):0.#} GiB available to the process";

    public static string Runtime =>
        $"{RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {BuildConfiguration} build";

    /// <summary>Debug builds are slower and not worth quoting; the report says which one ran.</summary>
    public static string BuildConfiguration =>
        typeof(MachineInfo).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true ? "Debug" : "Release";

    /// <summary>The file system under <paramref name="path"/> (Linux only): commit cost depends on it (fsync on tmpfs is free).</summary>
    public static string? FileSystemOf(string path)
    {
        const string mounts = "/proc/mounts";
        if (!File.Exists(mounts))
        {
            return null;
        }

        var full = Path.GetFullPath(path);
        return File.ReadLines(mounts)
            .Select(line => line.Split(' '))
            .Where(fields => fields.Length > 2 && IsUnder(full, fields[1]))
            .MaxBy(fields => fields[1].Length)?[2];
    }

    private static bool IsUnder(string path, string mountPoint) =>
        mountPoint == "/" || path == mountPoint || path.StartsWith(mountPoint + "/", StringComparison.Ordinal);

    private static string? CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo))
        {
            return null;
        }

        var lines = File.ReadLines(cpuInfo).ToList();
        var model = ValueOf(lines, "model name");
        var megahertz = double.TryParse(ValueOf(lines, "cpu MHz"), NumberStyles.Float, CultureInfo.InvariantCulture, out var mhz) ? mhz : 0;
        return model is null ? null
            : megahertz > 0 ? string.Create(CultureInfo.InvariantCulture, $"{model} @ {megahertz / 1000:0.0#} GHz")
            : model;
    }

    private static string? ValueOf(List<string> cpuInfoLines, string key) =>
        cpuInfoLines
            .Where(line => line.StartsWith(key, StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
}
