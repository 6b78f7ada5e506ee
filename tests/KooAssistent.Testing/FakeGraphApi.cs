using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KooAssistent.Testing;

/// <summary>
/// A stand-in for Meta's Graph API on 127.0.0.1: records every request it gets (path, bearer token, JSON body) and
/// answers message sends with scripted status codes (200 with a wamid when nothing is scripted). Read receipts are
/// always accepted: the outbox may mark a message read before the bot's reply exists, and a script meant for the
/// reply must not be used up by that receipt.
/// </summary>
public sealed class FakeGraphApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<int> scripted = new();
    private int counter;

    private FakeGraphApi(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    public ConcurrentQueue<RecordedGraphRequest> Requests { get; } = new();

    /// <summary>The message bodies sent (not read receipts), in order.</summary>
    public IReadOnlyList<JsonObject> Messages => [.. Requests.Select(request => request.Body).Where(body => body["status"] is null)];

    public static async Task<FakeGraphApi> StartAsync()
    {
        var app = LoopbackApp.Create();
        var fake = new FakeGraphApi(app);
        app.MapPost("/{version}/{phoneNumberId}/messages", async (HttpContext http, string version, string phoneNumberId) =>
        {
            var body = (await JsonNode.ParseAsync(http.Request.Body))!.AsObject();
            fake.Requests.Enqueue(new RecordedGraphRequest(version, phoneNumberId, http.Request.Headers.Authorization.ToString(), body));
            var isReadReceipt = body["status"] is not null;
            var status = !isReadReceipt && fake.scripted.TryDequeue(out var next) ? next : 200;
            return status == 200
                ? Results.Json(new { messaging_product = "whatsapp", messages = new[] { new { id = $"wamid.fake{Interlocked.Increment(ref fake.counter)}" } } })
                : Results.Json(new { error = new { message = "scripted", code = status == 429 ? 130429 : 131000 } }, statusCode: status);
        });
        fake.Address = await LoopbackApp.StartAsync(app);
        return fake;
    }

    /// <summary>The next message sends answer with these status codes, in order.</summary>
    public void Answer(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            scripted.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

public sealed record RecordedGraphRequest(string Version, string PhoneNumberId, string Authorization, JsonObject Body);
