using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KooAssistent.Testing;

/// <summary>
/// A stand-in for an OpenAI-compatible chat-completions server (Azure OpenAI's v1 API, vLLM, Ollama) on 127.0.0.1 and
/// a free port: records every request and answers from a script, in order; with the script used up, the
/// <see cref="Fallback"/> answers. Point <c>Llm:Endpoint</c> at <see cref="Endpoint"/>.
/// </summary>
public sealed class FakeChatCompletions : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ChatScript> scripted = new();

    private FakeChatCompletions(WebApplication app) => this.app = app;

    /// <summary>The base address as <c>Llm:Endpoint</c> takes it, ending in <c>/v1/</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    public ConcurrentQueue<RecordedChatRequest> Requests { get; } = new();

    /// <summary>What answers when nothing is scripted.</summary>
    public ChatScript Fallback { get; set; } = ChatScript.Reply("""{"danger": "none", "kind": null}""");

    public static async Task<FakeChatCompletions> StartAsync()
    {
        var app = LoopbackApp.Create();
        var fake = new FakeChatCompletions(app);
        app.MapPost("/v1/chat/completions", async (HttpContext http) =>
        {
            var body = (await JsonNode.ParseAsync(http.Request.Body))!.AsObject();
            var messages = body["messages"]!.AsArray().Select(message => new RecordedChatMessage((string)message!["role"]!, Content(message["content"]))).ToList();
            fake.Requests.Enqueue(new RecordedChatRequest((string?)body["model"], http.Request.Headers.Authorization.ToString(), messages));
            var script = fake.scripted.TryDequeue(out var next) ? next : fake.Fallback;
            if (script.Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(script.Delay, http.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            http.Response.StatusCode = script.Status;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(script.RawBody ?? Completion(script.Content ?? string.Empty), http.RequestAborted);
        });
        fake.Endpoint = new Uri(await LoopbackApp.StartAsync(app), "v1/");
        return fake;
    }

    /// <summary>The next requests answer with these, in order.</summary>
    public void Answer(params ChatScript[] scripts)
    {
        foreach (var script in scripts)
        {
            scripted.Enqueue(script);
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private static string Content(JsonNode? content) => content switch
    {
        JsonValue value => (string?)value ?? string.Empty,
        JsonArray parts => string.Concat(parts.Select(part => (string?)part?["text"] ?? string.Empty)),
        _ => string.Empty,
    };

    private static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion",
        created = 1_765_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });
}

/// <summary>One scripted answer: a completion with this content, an error status, a raw body, after a delay.</summary>
public sealed record ChatScript(string? Content, int Status = 200, string? RawBody = null, TimeSpan Delay = default)
{
    public static ChatScript Reply(string content) => new(content);

    public static ChatScript Slow(TimeSpan delay, string content) => new(content, Delay: delay);

    public static ChatScript Error(int status) => new(null, status, """{"error": {"message": "scripted failure", "type": "server_error"}}""");

    /// <summary>A 200 whose body is not JSON at all.</summary>
    public static ChatScript Malformed() => new(null, RawBody: """{"id": "chatcmpl-fake", "choices": [{"message": {"content": "half""");
}

public sealed record RecordedChatRequest(string? Model, string Authorization, IReadOnlyList<RecordedChatMessage> Messages)
{
    public string UserText => string.Concat(Messages.Where(message => message.Role == "user").Select(message => message.Content));

    public string SystemText => string.Concat(Messages.Where(message => message.Role == "system").Select(message => message.Content));
}

public sealed record RecordedChatMessage(string Role, string Content);
