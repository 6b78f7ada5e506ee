using System.Net.WebSockets;
using System.Text.Json;
using KooAssistent.Bot.Persistence;
using KooAssistent.Bot.Turns;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// Pushes one conversation over a WebSocket: first everything after the watermark, then each new activity as it
/// is committed, as ActivitySet frames carrying the watermark; empty frames keep an idle connection open. The
/// store is the source of truth, so a signal that is missed only delays a frame until the next wake-up.
/// </summary>
public sealed class DirectLineStreamSession(
    IConversationStore store,
    IConversationNotifier notifier,
    StreamRegistry registry,
    IOptions<DirectLineOptions> options,
    TimeProvider clock,
    ILogger<DirectLineStreamSession> logger)
{
    private const int PageSize = 100;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, CancellationToken aborted)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var registration = registry.Register(conversationId);
        using var subscription = notifier.Subscribe(conversationId);
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(aborted, registration.Superseded);
        var receiving = ReceiveUntilClosedAsync(socket, ending);
        try
        {
            var last = watermark;
            while (!ending.IsCancellationRequested)
            {
                last = await SendStoredAsync(socket, conversationId, last, ending.Token);
                var woke = await subscription.WaitAsync(options.Value.KeepAliveInterval, clock, ending.Token);
                if (woke is null)
                {
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, ending.Token);
                }
                else if (woke.Count > 0)
                {
                    await SendAsync(socket, new ActivitySet(woke, Watermark: null), ending.Token);
                }
            }
        }
        catch (OperationCanceledException) when (ending.IsCancellationRequested)
        {
            // The client left, the request was aborted, or a newer stream took over.
        }
        catch (WebSocketException)
        {
            // The connection broke; the client reconnects with its watermark and misses nothing.
        }
        finally
        {
            if (registration.WasSuperseded)
            {
                DirectLineLog.StreamSuperseded(logger, conversationId);
            }

            await CloseAsync(socket, registration.WasSuperseded);
            await WaitForClientAsync(socket, receiving);
            DirectLineLog.StreamEnded(logger, conversationId);
        }
    }

    private async Task<long> SendStoredAsync(WebSocket socket, string conversationId, long after, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await store.GetActivitiesAsync(conversationId, after, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                return after;
            }

            after = page[^1].Sequence;
            await SendAsync(socket, new ActivitySet(page.Select(stored => stored.Activity).ToList(), Watermark.Format(after)), cancellationToken);
            if (page.Count < PageSize)
            {
                return after;
            }
        }
    }

    private static Task SendAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken) =>
        socket.SendAsync(
            JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJsonContext.Default.ActivitySet),
            WebSocketMessageType.Text,
            endOfMessage: true,
            cancellationToken);

    /// <summary>Reads (and ignores) what the client sends, such as DirectLineJS's empty pings, until it closes.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource ending)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (WebSocketException)
        {
            // A broken connection ends the stream like a close does.
        }
        catch (OperationCanceledException)
        {
            // Aborted while closing.
        }
        finally
        {
            await ending.CancelAsync();
        }
    }

    private static async Task CloseAsync(WebSocket socket, bool superseded)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await socket.CloseOutputAsync(
                superseded ? WebSocketCloseStatus.PolicyViolation : WebSocketCloseStatus.NormalClosure,
                superseded ? "collision" : null,
                timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }
    }

    /// <summary>Gives the client a moment to answer the close; a client that never does is cut off.</summary>
    private async Task WaitForClientAsync(WebSocket socket, Task receiving)
    {
        try
        {
            await receiving.WaitAsync(CloseTimeout, clock);
        }
        catch (TimeoutException)
        {
            socket.Abort();
            await receiving;
        }
    }
}
