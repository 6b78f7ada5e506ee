using System.Net.WebSockets;
using System.Text.Json;
using KooAssistent.Storage;
using KooAssistent.Bot.Turns;
using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Channels.DirectLine;

/// <summary>
/// Pushes one conversation over a WebSocket: first everything after the watermark, then each new activity as it
/// is committed (as the commit's signal carries it, or read from the store), as ActivitySet frames carrying the
/// watermark; empty frames keep an idle connection open. The store is the source of truth, so a signal that is missed
/// only delays a frame until the next wake-up or keep-alive, and a
/// stream that ends loses nothing: DirectLineJS reconnects from its watermark. That is what lets the stream end
/// whenever a client holds it for nothing: a token's lifetime after it opened, when a frame waits longer than
/// <see cref="DirectLineOptions.StreamSendTimeout"/>, or when the client sends more than DirectLineJS's pings.
/// </summary>
public sealed class DirectLineStreamSession(
    IConversationStore store,
    IConversationNotifier notifier,
    StreamRegistry registry,
    IOptions<DirectLineOptions> options,
    TimeProvider clock,
    ILogger<DirectLineStreamSession> logger)
{
    /// <summary>
    /// What one frame may carry when replaying: 100 activities, and no more than 64 K characters of them (one
    /// activity may be larger; it goes alone). A frame the client does not take is held until the send timeout.
    /// </summary>
    public const int PageSize = 100;

    public const int MaxFrameCharacters = 64 * 1024;

    /// <summary>DirectLineJS sends nothing but empty pings (one every 20 seconds); a client message may hold 4 KiB.</summary>
    public const int MaxClientMessageBytes = 4096;

    /// <summary>Client messages per minute; three are DirectLineJS's pings, the rest is room for other clients.</summary>
    public const int MaxClientMessagesPerMinute = 30;

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, CancellationToken aborted)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var registration = registry.Register(conversationId);
        using var subscription = notifier.Subscribe(conversationId);

        // A stream lives no longer than the token that could open it; reconnecting checks again that the
        // conversation may still have one (not erased, not too old).
        using var lifetime = new CancellationTokenSource(options.Value.TokenLifetime, clock);
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(aborted, registration.Superseded, lifetime.Token);
        var client = new ClientConduct();
        var receiving = ReceiveUntilClosedAsync(socket, ending, client);
        try
        {
            var last = watermark;
            var read = true;
            while (!ending.IsCancellationRequested)
            {
                if (read)
                {
                    last = await SendStoredAsync(socket, conversationId, last, ending.Token);
                }

                var woke = await subscription.WaitAsync(options.Value.KeepAliveInterval, clock, ending.Token);
                if (woke is null)
                {
                    // Quiet for a while: after the keep-alive the store is read, so even a lost signal only delays a frame.
                    await SendAsync(socket, ReadOnlyMemory<byte>.Empty, ending.Token);
                    read = true;
                    continue;
                }

                if (woke.Ephemeral.Count > 0)
                {
                    await SendAsync(socket, Serialize(new ActivitySet(woke.Ephemeral, Watermark: null)), ending.Token);
                }

                (last, read) = await SendCommittedAsync(socket, woke, last, ending.Token);
            }
        }
        catch (OperationCanceledException) when (ending.IsCancellationRequested)
        {
            // The client left, the request was aborted, a newer stream took over, or the stream's time is up.
        }
        catch (TimeoutException)
        {
            // The client stopped reading; the frame it did not take is dropped with the connection.
            DirectLineLog.StreamStalled(logger, conversationId);
            socket.Abort();
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
            else if (client.Refusal is { } refusal)
            {
                DirectLineLog.StreamClientRefused(logger, conversationId, refusal.Reason);
            }

            var (status, reason) = registration.WasSuperseded
                ? (WebSocketCloseStatus.PolicyViolation, "collision")
                : client.Refusal is { } refused ? (refused.Status, refused.Reason)
                : lifetime.IsCancellationRequested ? (WebSocketCloseStatus.NormalClosure, "reconnect")
                : (WebSocketCloseStatus.NormalClosure, null);
            await CloseAsync(socket, status, reason);
            await WaitForClientAsync(socket, receiving);
            DirectLineLog.StreamEnded(logger, conversationId);
        }
    }

    private async Task<long> SendStoredAsync(WebSocket socket, string conversationId, long after, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await store.GetActivitiesAsync(conversationId, after, PageSize, MaxFrameCharacters, cancellationToken);
            if (page.Count == 0)
            {
                return after;
            }

            after = page[^1].Sequence;
            var frame = Serialize(new ActivitySet(page.Select(stored => stored.Activity).ToList(), Watermark.Format(after)));
            await SendAsync(socket, frame, cancellationToken);
        }
    }

    /// <summary>
    /// Sends what the commits that woke the stream stored, as they were stored, without reading it back; the turn or the
    /// resident's post had it at hand (README, issue #12). Returns whether the store must be read instead: when the wake
    /// does not carry everything after <paramref name="last"/>, or it would not fit one frame.
    /// </summary>
    private async Task<(long Last, bool Read)> SendCommittedAsync(WebSocket socket, ConversationWake woke, long last, CancellationToken cancellationToken)
    {
        if (woke.StoredAfter(last) is not { } fresh || fresh.Count > PageSize)
        {
            return (last, true);
        }

        if (fresh.Count == 0)
        {
            return (last, false);
        }

        var next = fresh[^1].Sequence;
        var frame = Serialize(new ActivitySet(fresh.Select(stored => stored.Activity).ToList(), Watermark.Format(next)));
        if (frame.Length > MaxFrameCharacters && fresh.Count > 1)
        {
            // Large activities go out as the store pages them.
            return (last, true);
        }

        await SendAsync(socket, frame, cancellationToken);
        return (next, false);
    }

    private static byte[] Serialize(ActivitySet set) => JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJsonContext.Default.ActivitySet);

    /// <exception cref="TimeoutException">The client did not take the frame within the send timeout.</exception>
    private async Task SendAsync(WebSocket socket, ReadOnlyMemory<byte> frame, CancellationToken ending)
    {
        using var timeout = new CancellationTokenSource(options.Value.StreamSendTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ending, timeout.Token);
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ending.IsCancellationRequested)
        {
            throw new TimeoutException("The client did not read the stream.");
        }
    }

    /// <summary>
    /// Reads what the client sends, such as DirectLineJS's empty pings, until it closes; a message over
    /// <see cref="MaxClientMessageBytes"/> ends the stream with 1009, more than <see cref="MaxClientMessagesPerMinute"/>
    /// with 1008. Nothing of it is kept: one small buffer is reused, and a long message is never put together.
    /// </summary>
    private async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource ending, ClientConduct client)
    {
        var buffer = new byte[1024];
        var messageBytes = 0L;
        var messages = 0;
        var minuteStarted = clock.GetUtcNow();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                messageBytes += result.Count;
                if (messageBytes > MaxClientMessageBytes)
                {
                    client.Refuse(WebSocketCloseStatus.MessageTooBig, "message too big");
                    break;
                }

                if (!result.EndOfMessage)
                {
                    continue;
                }

                messageBytes = 0;
                if (clock.GetUtcNow() - minuteStarted >= TimeSpan.FromMinutes(1))
                {
                    minuteStarted = clock.GetUtcNow();
                    messages = 0;
                }

                if (++messages > MaxClientMessagesPerMinute)
                {
                    client.Refuse(WebSocketCloseStatus.PolicyViolation, "too many messages");
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

    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string? reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await socket.CloseOutputAsync(status, reason, timeout.Token);
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

    /// <summary>Why the client's own frames ended the stream, if they did.</summary>
    private sealed class ClientConduct
    {
        public (WebSocketCloseStatus Status, string Reason)? Refusal { get; private set; }

        public void Refuse(WebSocketCloseStatus status, string reason) => Refusal = (status, reason);
    }
}
