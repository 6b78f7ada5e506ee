using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.DirectLine;

/// <summary>Reads Direct Line stream frames the way DirectLineJS does: empty frames are keep-alives, the rest ActivitySets.</summary>
internal static class StreamFrames
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static async Task<WebSocket> ConnectAsync(BotFactory bot, string streamUrl)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await bot.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), timeout.Token);
    }

    /// <summary>A fresh streamUrl, as DirectLineJS asks for one when it reconnects: each is used once.</summary>
    public static async Task<string> StreamUrlAsync(DirectLineTestClient client, DirectLineSession session, string? watermark = null)
    {
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}?watermark={watermark}", session.Token, null);
        reconnect.EnsureSuccessStatusCode();
        return (string)JsonNode.Parse(await reconnect.Content.ReadAsStringAsync())!["streamUrl"]!;
    }

    public static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"The stream closed: {result.CloseStatus} {result.CloseStatusDescription}");
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    /// <summary>Collects activities from ActivitySet frames (skipping keep-alives) until <paramref name="count"/> have arrived.</summary>
    public static async Task<(List<JsonObject> Activities, string? Watermark)> ReceiveActivitiesAsync(WebSocket socket, int count)
    {
        var activities = new List<JsonObject>();
        string? watermark = null;
        while (activities.Count < count)
        {
            var text = await ReceiveTextAsync(socket);
            if (text.Length == 0)
            {
                continue;
            }

            var set = JsonNode.Parse(text)!.AsObject();
            activities.AddRange(set["activities"]!.AsArray().Select(node => node!.AsObject()));
            watermark = (string?)set["watermark"] ?? watermark;
        }

        return (activities, watermark);
    }
}
