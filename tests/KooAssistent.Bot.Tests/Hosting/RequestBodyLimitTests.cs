using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KooAssistent.Bot.Tests.Channels.WhatsApp;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Hosting;

/// <summary>
/// Bodies are limited before they are read: on Kestrel (as in production), a body larger than its endpoint takes is
/// refused with 413 in the project's error shape, and the bot stops reading it instead of buffering it first.
/// </summary>
public sealed class RequestBodyLimitTests : IDisposable
{
    private const long Huge = 28 * 1024 * 1024;
    private readonly BotFactory bot;
    private readonly HttpClient http;

    public RequestBodyLimitTests()
    {
        // Nothing is stored in these tests, so nothing is ever sent to the Graph API this points at.
        bot = new BotFactory(WhatsAppFixture.Settings(new Uri("http://127.0.0.1:9/"), "00:00:00.050"));
        // A client waits only one second for "100 Continue" by default and then sends the body anyway; on a busy
        // machine the bot's early refusal can come later than that, so the client is told to wait as long as it waits
        // for any answer.
        var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) };
        http = new HttpClient(handler) { BaseAddress = bot.StartOnLoopback(), Timeout = TimeSpan.FromSeconds(30) };
    }

    [Fact]
    public async Task A_webhook_delivery_without_a_signature_is_refused_before_its_body_is_read()
    {
        var body = new ChunkedBody(Encoding.UTF8.GetBytes("{\"entry\":["), Huge);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/whatsapp", UriKind.Relative)) { Content = body };
        request.Headers.ExpectContinue = true;

        var (status, _) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(0, body.Sent);
    }

    [Fact]
    public async Task A_forged_webhook_delivery_larger_than_3_MB_is_refused_after_reading_no_more_than_that()
    {
        var body = new ChunkedBody(Encoding.UTF8.GetBytes("{\"entry\":["), Huge);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/whatsapp", UriKind.Relative)) { Content = body };
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + new string('0', 64));

        var (status, _) = await SendAsync(request);

        Assert.True(status is null or HttpStatusCode.RequestEntityTooLarge, $"Answered {status}.");
        Assert.True(body.Sent < Huge / 2, $"The bot read {body.Sent / 1048576} MB of a 28 MB delivery before refusing it.");
    }

    [Fact]
    public async Task A_sign_in_body_far_larger_than_a_username_and_password_is_refused_with_413_in_the_error_shape_unread()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/staff/api/session", UriKind.Relative))
        {
            Content = new StringContent("{\"username\":\"beheer\",\"password\":\"" + new string('p', 1024 * 1024) + "\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;

        var (status, error) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("RequestTooLarge", (string?)error?["error"]?["code"]);
    }

    [Fact]
    public async Task A_chunked_sign_in_body_is_not_read_past_its_limit()
    {
        var body = new ChunkedBody(Encoding.UTF8.GetBytes("{\"username\":\"beheer\",\"password\":\""), Huge);

        var (status, _) = await SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri("/staff/api/session", UriKind.Relative)) { Content = body });

        Assert.True(status is null or HttpStatusCode.RequestEntityTooLarge, $"Answered {status}.");
        Assert.True(body.Sent < Huge / 2, $"The bot read {body.Sent / 1048576} MB of a sign-in.");
    }

    [Fact]
    public async Task A_large_body_to_an_endpoint_that_takes_none_is_not_read_to_the_end()
    {
        var body = new ChunkedBody(Encoding.UTF8.GetBytes("{\"x\":\""), Huge);

        await SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri("/api/webchat/token", UriKind.Relative)) { Content = body });

        Assert.True(body.Sent < Huge / 2, $"The bot read {body.Sent / 1048576} MB sent to the token endpoint.");
    }

    /// <returns>The answer, or a null status when the bot refused by closing the connection while the body was still coming.</returns>
    private async Task<(HttpStatusCode? Status, JsonObject? Body)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            try
            {
                using var response = await http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                return (response.StatusCode, text.StartsWith('{') ? JsonNode.Parse(text)?.AsObject() : null);
            }
            catch (HttpRequestException)
            {
                return (null, null);
            }
        }
    }

    public void Dispose()
    {
        http.Dispose();
        bot.Dispose();
    }
}
