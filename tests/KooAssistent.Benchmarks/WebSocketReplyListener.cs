using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;

namespace KooAssistent.Benchmarks;

/// <summary>
/// Holds the conversation's <c>streamUrl</c> WebSocket open and notes when each reply frame arrives; empty
/// frames are the server's keep-alives.
/// </summary>
public sealed class WebSocketReplyListener : IReplyListener
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly ClientWebSocket socket;
    private readonly ReplyBook book = new();
    private readonly Task receiving;

    private WebSocketReplyListener(ClientWebSocket socket)
    {
        this.socket = socket;
        receiving = Task.Run(ReceiveAsync);
    }

    public static async Task<WebSocketReplyListener> ConnectAsync(string streamUrl, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(new Uri(streamUrl), cancellationToken);
            return new WebSocketReplyListener(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The stream is open and nothing has ended it from the server's side.</summary>
    public bool IsOpen => socket.State == WebSocketState.Open && !receiving.IsCompleted;

    public Task<long> WaitForReplyAsync(string activityId, CancellationToken cancellationToken) =>
        book.WaitAsync(activityId, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(CloseTimeout);
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, statusDescription: null, timeout.Token);
            }

            await receiving.WaitAsync(CloseTimeout);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or TimeoutException)
        {
            // The server did not answer the close in time; the benchmark is over for this conversation anyway.
        }
        finally
        {
            socket.Abort();
            socket.Dispose();
        }
    }

    private async Task ReceiveAsync()
    {
        var frame = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(frame.GetMemory(4096), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    book.Fail(new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The server closed the stream."));
                    return;
                }

                frame.Advance(result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var received = Stopwatch.GetTimestamp();
                if (frame.WrittenCount > 0)
                {
                    using var document = JsonDocument.Parse(frame.WrittenMemory);
                    book.Read(document.RootElement, received);
                }

                frame.ResetWrittenCount();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or JsonException or ObjectDisposedException)
        {
            book.Fail(exception);
        }
    }
}
