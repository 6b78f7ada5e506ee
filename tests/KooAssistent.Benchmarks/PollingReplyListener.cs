using System.Diagnostics;
using System.Text.Json;
using KooAssistent.Testing;

namespace KooAssistent.Benchmarks;

/// <summary>
/// Polls <c>GET /activities?watermark=</c>: once right after the POST was acknowledged, then after every pause.
/// The measured latency therefore includes up to one poll interval of waiting that a stream would not add.
/// </summary>
public sealed class PollingReplyListener(DirectLineTestClient client, DirectLineSession session, TimeSpan interval) : IReplyListener
{
    private readonly ReplyBook book = new();
    private string? watermark;

    public async Task<long> WaitForReplyAsync(string activityId, CancellationToken cancellationToken)
    {
        while (true)
        {
            await PollAsync(cancellationToken);
            if (book.TryGetArrival(activityId, out var arrived))
            {
                return arrived;
            }

            await Task.Delay(interval, cancellationToken);
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        var path = $"/v3/directline/conversations/{session.ConversationId}/activities?watermark={watermark}";
        using var response = await client.SendAsync(HttpMethod.Get, path, session.Token, json: null, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var received = Stopwatch.GetTimestamp();
        using var document = JsonDocument.Parse(body);
        book.Read(document.RootElement, received);
        if (document.RootElement.TryGetProperty("watermark", out var next) && next.GetString() is { } value)
        {
            watermark = value;
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
