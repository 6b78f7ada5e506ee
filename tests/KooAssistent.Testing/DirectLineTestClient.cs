using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KooAssistent.Testing;

/// <summary>
/// A small Direct Line 3.0 client speaking plain HTTP and JSON, as a script or another system would; it shares no
/// types with the server, so it notices when the wire format changes.
/// </summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public HttpClient Http => http;

    /// <summary>The widget's first step: a token for a new conversation.</summary>
    public async Task<(string Token, string ConversationId, string UserId)> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), content: null, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? throw new InvalidOperationException("Empty token response.");
        var token = (string)body["token"]!;
        return (token, (string)body["conversationId"]!, UserIdOf(token));
    }

    /// <summary>Token, then <c>POST /conversations</c>, as DirectLineJS does.</summary>
    public async Task<DirectLineSession> StartConversationAsync(CancellationToken cancellationToken = default)
    {
        var (token, conversationId, userId) = await GetTokenAsync(cancellationToken);
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, """{"locale":"nl-NL"}""", cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? throw new InvalidOperationException("Empty start response.");
        return new DirectLineSession(conversationId, (string)body["token"]!, userId, (string)body["streamUrl"]!);
    }

    public Task<HttpResponseMessage> PostActivityAsync(DirectLineSession session, string json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token, json, cancellationToken);
    }

    /// <summary>Posts a text message the way Web Chat does, with a clientActivityID; returns the id the server assigned.</summary>
    public async Task<string> SendTextAsync(DirectLineSession session, string text, string? clientActivityId = null, CancellationToken cancellationToken = default)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = session?.UserId, ["role"] = "user" },
            ["locale"] = "nl-NL",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        using var response = await PostActivityAsync(session!, activity.ToJsonString(), cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return (string)body!["id"]!;
    }

    public async Task<(IReadOnlyList<JsonObject> Activities, string? Watermark)> GetActivitiesAsync(DirectLineSession session, string? watermark = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities?watermark={watermark}", session.Token, null, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? throw new InvalidOperationException("Empty activity set.");
        var activities = body["activities"]!.AsArray().Select(node => node!.AsObject()).ToList();
        return (activities, (string?)body["watermark"]);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request, cancellationToken);
    }

    /// <summary>Reads the <c>user</c> claim the way Web Chat does: decoding the JWT payload without verifying it.</summary>
    public static string UserIdOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var document = JsonDocument.Parse(Convert.FromBase64String(payload));
        return document.RootElement.GetProperty("user").GetString()!;
    }
}
