using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using KooAssistent.Storage;
using KooAssistent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KooAssistent.Bot.Tests.Channels.DirectLine;

/// <summary>The Direct Line 3.0 REST surface, called over HTTP as DirectLineJS and Web Chat call it.</summary>
public sealed class DirectLineEndpointTests : IDisposable
{
    private readonly BotFactory bot = new();
    private readonly DirectLineTestClient client;

    public DirectLineEndpointTests() => client = bot.CreateDirectLineClient();

    [Fact]
    public async Task The_widget_token_is_bound_to_a_new_conversation_and_a_dl_user_and_carries_no_secret()
    {
        using var response = await client.Http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1800, (int)body!["expires_in"]!);
        Assert.StartsWith("dl_", DirectLineTestClient.UserIdOf((string)body["token"]!), StringComparison.Ordinal);
        Assert.Equal(22, ((string)body["conversationId"]!).Length);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain(BotFactory.TestSigningKey, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_widgets_get_different_conversations_and_users()
    {
        var first = await client.GetTokenAsync();
        var second = await client.GetTokenAsync();

        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.NotEqual(first.UserId, second.UserId);
    }

    [Fact]
    public async Task Starting_returns_201_with_a_websocket_streamUrl_and_a_second_start_returns_200_without_a_second_welcome()
    {
        var (token, conversationId, _) = await client.GetTokenAsync();

        using var first = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, """{"user":{"id":"ignored"},"locale":"nl-NL"}""");
        using var second = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, null);
        var body = await first.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(conversationId, (string)body!["conversationId"]!);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{conversationId}/stream?watermark=0&t=", (string)body["streamUrl"]!, StringComparison.Ordinal);
        Assert.Equal(1800, (int)body["expires_in"]!);
        await bot.WaitForTurnsAsync(conversationId);
        var session = new DirectLineSession(conversationId, token, DirectLineTestClient.UserIdOf(token), string.Empty);
        var (activities, _) = await client.GetActivitiesAsync(session);
        Assert.Single(activities);
    }

    [Fact]
    public async Task A_posted_message_is_echoed_with_id_timestamp_role_and_clientActivityID_then_answered()
    {
        var session = await client.StartConversationAsync();

        var id = await client.SendTextAsync(session, "Ik heb een vraag over schulden", clientActivityId: "client-1");
        await bot.WaitForTurnsAsync(session.ConversationId);
        var (activities, watermark) = await client.GetActivitiesAsync(session);

        var echo = activities.Single(activity => (string?)activity["id"] == id);
        Assert.Equal($"{session.ConversationId}|0000002", id);
        Assert.Equal("client-1", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal("user", (string)echo["from"]!["role"]!);
        Assert.Equal(session.UserId, (string)echo["from"]!["id"]!);
        Assert.EndsWith("Z", (string)echo["timestamp"]!, StringComparison.Ordinal);
        var reply = activities.Single(activity => (string?)activity["replyToId"] == id);
        Assert.Equal("bot", (string)reply["from"]!["role"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)reply["text"]));
        Assert.Equal("3", watermark);
    }

    [Fact]
    public async Task Polling_with_a_watermark_returns_only_what_came_after_it()
    {
        var session = await client.StartConversationAsync();
        await bot.WaitForTurnsAsync(session.ConversationId);
        var (_, afterWelcome) = await client.GetActivitiesAsync(session);

        await client.SendTextAsync(session, "hallo");
        await bot.WaitForTurnsAsync(session.ConversationId);
        var (newer, watermark) = await client.GetActivitiesAsync(session, afterWelcome);
        var (none, unchanged) = await client.GetActivitiesAsync(session, watermark);

        Assert.Equal(["user", "bot"], newer.Select(activity => (string)activity["from"]!["role"]!));
        Assert.Empty(none);
        Assert.Equal(watermark, unchanged);
    }

    [Fact]
    public async Task A_retried_post_with_the_same_clientActivityID_is_stored_and_answered_once()
    {
        var session = await client.StartConversationAsync();

        var first = await client.SendTextAsync(session, "dubbel", clientActivityId: "retry-me");
        var second = await client.SendTextAsync(session, "dubbel", clientActivityId: "retry-me");
        await bot.WaitForTurnsAsync(session.ConversationId);
        var (activities, _) = await client.GetActivitiesAsync(session);

        Assert.Equal(first, second);
        Assert.Single(activities, activity => (string?)activity["text"] == "dubbel");
        Assert.Single(activities, activity => (string?)activity["replyToId"] == first);
    }

    [Fact]
    public async Task A_spoofed_from_id_is_replaced_by_the_user_of_the_token()
    {
        var session = await client.StartConversationAsync();

        using var response = await client.PostActivityAsync(session, """{"type":"message","text":"ik ben iemand anders","from":{"id":"dl_victim","role":"bot"}}""");
        var (activities, _) = await client.GetActivitiesAsync(session);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = activities.Single(activity => (string?)activity["text"] == "ik ben iemand anders");
        Assert.Equal(session.UserId, (string)echo["from"]!["id"]!);
        Assert.Equal("user", (string)echo["from"]!["role"]!);
    }

    [Fact]
    public async Task A_token_for_one_conversation_cannot_read_or_write_another()
    {
        var mine = await client.StartConversationAsync();
        var theirs = await client.StartConversationAsync();
        var paths = new[]
        {
            (HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities"),
            (HttpMethod.Post, $"/v3/directline/conversations/{theirs.ConversationId}/activities"),
            (HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}"),
            (HttpMethod.Post, $"/v3/directline/conversations/{theirs.ConversationId}/upload"),
        };

        foreach (var (method, path) in paths)
        {
            using var response = await client.SendAsync(method, path, mine.Token, """{"type":"message","text":"x"}""");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var (activities, _) = await client.GetActivitiesAsync(theirs);
        Assert.DoesNotContain(activities, activity => (string?)activity["text"] == "x");
    }

    [Fact]
    public async Task Requests_without_a_bearer_token_get_401_and_with_a_forged_token_403_in_Direct_Line_error_shape()
    {
        var session = await client.StartConversationAsync();

        using var missing = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", null, null);
        using var forged = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token[..^4] + "AAAA", null);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        var error = await forged.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Forbidden", (string)error!["error"]!["code"]!);
        Assert.NotNull(error["error"]!["message"]);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"text":"no type"}""")]
    [InlineData("[]")]
    [InlineData("""{"type":"message"}""")]
    public async Task A_malformed_body_gets_400_and_nothing_is_stored(string body)
    {
        var session = await client.StartConversationAsync();
        await bot.WaitForTurnsAsync(session.ConversationId);

        using var response = await client.PostActivityAsync(session, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await StoredCountAsync(session));
    }

    [Fact]
    public async Task An_oversized_body_gets_413_and_nothing_is_stored()
    {
        var session = await client.StartConversationAsync();
        await bot.WaitForTurnsAsync(session.ConversationId);
        var huge = new JsonObject { ["type"] = "message", ["text"] = "x", ["channelData"] = new JsonObject { ["padding"] = new string('a', 40_000) } };

        using var response = await client.PostActivityAsync(session, huge.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!);
        Assert.Equal(1, await StoredCountAsync(session));
    }

    [Fact]
    public async Task A_message_longer_than_the_text_limit_gets_413()
    {
        var session = await client.StartConversationAsync();

        using var response = await client.PostActivityAsync(session, new JsonObject { ["type"] = "message", ["text"] = new string('a', 4097) }.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_conversation_that_was_never_started_is_404_for_reads_and_writes()
    {
        var (token, conversationId, _) = await client.GetTokenAsync();

        using var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token, null);
        using var write = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"message","text":"x"}""");
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}", token, null);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
    }

    [Fact]
    public async Task Reconnecting_returns_a_fresh_token_and_a_streamUrl_that_resumes_from_the_watermark()
    {
        var session = await client.StartConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}?watermark=7", session.Token, null);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/stream?watermark=7&t=", (string)body!["streamUrl"]!, StringComparison.Ordinal);
        Assert.Equal(session.UserId, DirectLineTestClient.UserIdOf((string)body["token"]!));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task An_invalid_watermark_gets_400(string watermark)
    {
        var session = await client.StartConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities?watermark={watermark}", session.Token, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Refreshing_a_token_keeps_the_conversation_and_user()
    {
        var session = await client.StartConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token, null);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var refreshed = session with { Token = (string)body!["token"]! };

        Assert.Equal(session.ConversationId, (string)body["conversationId"]!);
        Assert.Equal(session.UserId, DirectLineTestClient.UserIdOf(refreshed.Token));
        Assert.NotNull(await client.SendTextAsync(refreshed, "nog steeds hier"));
    }

    [Fact]
    public async Task An_upload_is_not_kept_and_the_bot_explains_files_are_not_received()
    {
        var session = await client.StartConversationAsync();
        using var form = new MultipartFormDataContent();
        using var activityPart = new StringContent("""{"type":"message","text":"zie bijlage","channelData":{"clientActivityID":"up-1"},"attachments":[{"contentType":"application/pdf","name":"loonstrook.pdf"}]}""", Encoding.UTF8, "application/vnd.microsoft.activity");
        using var filePart = new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.4 BSN 123456782"));
        form.Add(activityPart, "activity", "blob");
        form.Add(filePart, "file", "loonstrook.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{session.ConversationId}/upload?userId={session.UserId}", UriKind.Relative)) { Content = form };
        request.Headers.Authorization = new("Bearer", session.Token);

        using var response = await client.Http.SendAsync(request);
        await bot.WaitForTurnsAsync(session.ConversationId);
        var (activities, _) = await client.GetActivitiesAsync(session);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = activities.Single(activity => (string?)activity["text"] == "zie bijlage");
        Assert.Null(echo["attachments"]);
        Assert.Equal("up-1", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Contains(activities, activity => ((string?)activity["text"])?.Contains("geen bestanden", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(activities, activity => activity.ToJsonString().Contains("loonstrook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_Direct_Line_paths_answer_404_in_Direct_Line_error_shape()
    {
        using var response = await client.SendAsync(HttpMethod.Get, "/v3/directline/session/getsessionid/extra", null, null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!);
    }

    public void Dispose() => bot.Dispose();

    private async Task<int> StoredCountAsync(DirectLineSession session) =>
        (await bot.Services.GetRequiredService<IConversationStore>().GetActivitiesAsync(session.ConversationId, 0, 1000, CancellationToken.None)).Count;
}
