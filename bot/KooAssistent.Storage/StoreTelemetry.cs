using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KooAssistent.Storage;

/// <summary>
/// The store's latency as one instrument for both providers: a write from the call to its durable commit (for SQLite
/// including the wait for its group commit). Tagged with the provider only — never a table, key or value.
/// </summary>
public static class StoreTelemetry
{
    public const string Name = "KooAssistent.Storage";

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> WriteTime = Meter.CreateHistogram<double>("koo.storage.write.duration", "ms", "Time from a write's call to its durable commit.");

    public static async Task<T> TimeWriteAsync<T>(string provider, Task<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var started = Stopwatch.GetTimestamp();
        var result = await write;
        WriteTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("db.system.name", provider));
        return result;
    }
}
