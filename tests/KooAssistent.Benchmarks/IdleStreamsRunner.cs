using System.Diagnostics;
using KooAssistent.Testing;

namespace KooAssistent.Benchmarks;

/// <summary>
/// Residents who opened the widget and said nothing: N conversations, each with a Web Chat token and its stream
/// WebSocket, held open and idle. The bot's memory is measured before they open and after they have been idle for
/// <see cref="BenchmarkOptions.Settle"/>; the difference divided by N is what one idle conversation costs.
/// </summary>
public sealed class IdleStreamsRunner(BenchmarkOptions options)
{
    /// <summary>Opened and closed before measuring, so that the first streams' JIT and pool growth is not counted.</summary>
    private const int WarmupStreams = 20;

    /// <summary>Conversations being opened at once; a burst of 1,000 would measure the rate of opening instead.</summary>
    private const int OpenAtOnce = 16;

    public async Task<IdleStreamsResult> RunAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        var count = options.IdleStreams ?? throw new InvalidOperationException("No --idle-streams given.");
        var processId = options.BotProcessId ?? throw new InvalidOperationException("No --bot-pid given.");
        using var http = BenchmarkRunner.CreateHttpClient(baseAddress);
        var client = new DirectLineTestClient(http);

        await CloseAsync(await OpenAsync(client, WarmupStreams, cancellationToken));
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        var before = await MeasureAsync(processId, "before", cancellationToken);

        var opening = Stopwatch.GetTimestamp();
        var streams = await OpenAsync(client, count, cancellationToken);
        var openedIn = Stopwatch.GetElapsedTime(opening);
        try
        {
            await Task.Delay(options.Settle, cancellationToken);
            var after = await MeasureAsync(processId, "after", cancellationToken);
            var open = streams.Count(stream => stream.IsOpen);
            return new IdleStreamsResult(count, streams.Count, open, openedIn, before, after);
        }
        finally
        {
            await CloseAsync(streams);
        }
    }

    private static async Task<List<WebSocketReplyListener>> OpenAsync(DirectLineTestClient client, int count, CancellationToken cancellationToken)
    {
        var opened = new List<WebSocketReplyListener>(count);
        using var gate = new SemaphoreSlim(OpenAtOnce);
        var attempts = Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var session = await client.StartConversationAsync(cancellationToken);
                var stream = await WebSocketReplyListener.ConnectAsync(session.StreamUrl, cancellationToken);
                lock (opened)
                {
                    opened.Add(stream);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or System.Net.WebSockets.WebSocketException)
            {
                Console.Error.WriteLine($"a conversation did not open: {exception.Message}");
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(attempts);
        return opened;
    }

    private static async Task CloseAsync(List<WebSocketReplyListener> streams) =>
        await Task.WhenAll(streams.Select(stream => stream.DisposeAsync().AsTask()));

    private async Task<ProcessMemory> MeasureAsync(int processId, string label, CancellationToken cancellationToken)
    {
        var folder = options.GcDumpDirectory;
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var file = Path.Combine(folder ?? Path.GetTempPath(), $"koo-idle-{label}-{processId}.gcdump");
        try
        {
            var heap = await GcDump.CollectAsync(processId, file, cancellationToken);
            return ProcessMemory.Read(processId, heap);
        }
        finally
        {
            if (folder is null)
            {
                File.Delete(file);
            }
        }
    }
}
