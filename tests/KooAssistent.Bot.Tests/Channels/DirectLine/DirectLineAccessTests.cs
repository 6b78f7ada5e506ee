using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Channels.DirectLine;

/// <summary>Expiry, rate limits and cross-origin rules: who may call, how often, and from where.</summary>
public sealed class DirectLineAccessTests
{
    [Fact]
    public async Task An_expired_token_gets_403_TokenExpired_and_cannot_be_refreshed()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var bot = new BotFactory(clock: clock);
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        clock.Advance(TimeSpan.FromMinutes(31));
        using var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token, null);
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token, null);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal("TokenExpired", (string)(await read.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task A_token_refreshed_in_time_keeps_a_long_conversation_going()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var bot = new BotFactory(clock: clock);
        var client = bot.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        for (var quarter = 0; quarter < 4; quarter++)
        {
            clock.Advance(TimeSpan.FromMinutes(15));
            using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token, null);
            session = session with { Token = (string)(await refresh.Content.ReadFromJsonAsync<JsonObject>())!["token"]! };
        }

        Assert.NotNull(await client.SendTextAsync(session, "na een uur nog steeds hier"));
    }

    [Fact]
    public async Task Too_many_requests_for_one_conversation_get_429_with_Retry_After_while_others_continue()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["DirectLine:RequestsPerMinute"] = "10" });
        var client = bot.CreateDirectLineClient();
        var busy = await client.StartConversationAsync();
        var calm = await client.StartConversationAsync();

        HttpResponseMessage? throttled = null;
        for (var attempt = 0; attempt < 20 && throttled is null; attempt++)
        {
            var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{busy.ConversationId}/activities", busy.Token, null);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throttled = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(throttled);
        Assert.True(throttled.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("TooManyRequests", (string)(await throttled.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!);
        throttled.Dispose();
        using var other = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{calm.ConversationId}/activities", calm.Token, null);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task New_conversations_per_client_address_are_limited()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["WebChat:TokenRequestsPerMinute"] = "3" });
        using var http = bot.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_configured_embedding_site_passes_the_CORS_preflight_including_the_DirectLineJS_agent_header()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["WebChat:AllowedOrigins:0"] = "https://www.s-hertogenbosch.nl" });
        using var http = bot.CreateClient();

        using var allowed = await PreflightAsync(http, "https://www.s-hertogenbosch.nl");
        using var foreign = await PreflightAsync(http, "https://evil.example");

        Assert.Equal("https://www.s-hertogenbosch.nl", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowedHeaders = string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ToUpperInvariant();
        Assert.Contains("X-MS-BOT-AGENT", allowedHeaders, StringComparison.Ordinal);
        Assert.Contains("AUTHORIZATION", allowedHeaders, StringComparison.Ordinal);
        Assert.False(foreign.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient http, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/v3/directline/conversations", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        return await http.SendAsync(request);
    }
}
