using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KooAssistent.Benchmarks;

/// <summary>
/// Takes a heap dump of another .NET process with <c>dotnet-gcdump</c> (a .NET tool from NuGet: <c>dotnet tool
/// install -g dotnet-gcdump</c>) and reads the GC heap's size from its report. The dump forces a full blocking
/// collection, so what is measured after it is what the process really holds, not garbage waiting for a GC.
/// </summary>
public static partial class GcDump
{
    /// <summary>The tool, on the PATH or where <c>dotnet tool install -g</c> puts it; null when it is not installed.</summary>
    public static string? Tool =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Append(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools"))
            .Select(folder => Path.Combine(folder, "dotnet-gcdump"))
            .FirstOrDefault(File.Exists);

    /// <summary>Dumps the heap into <paramref name="file"/> and returns the GC heap's bytes, or null without the tool.</summary>
    public static async Task<long?> CollectAsync(int processId, string file, CancellationToken cancellationToken)
    {
        if (Tool is not { } tool)
        {
            return null;
        }

        await RunAsync(tool, ["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", file], cancellationToken);
        var report = await RunAsync(tool, ["report", file], cancellationToken);
        var total = HeapBytes().Match(report);
        return total.Success ? long.Parse(total.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
    }

    private static async Task<string> RunAsync(string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"dotnet-gcdump {arguments[0]} failed: {await errors}{await output}");
    }

    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap bytes", RegexOptions.Multiline)]
    private static partial Regex HeapBytes();
}
