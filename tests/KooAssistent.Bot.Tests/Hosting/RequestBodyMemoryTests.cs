using System.Net.Http.Headers;
using System.Text;
using KooAssistent.Testing;
using Xunit.Abstractions;

namespace KooAssistent.Bot.Tests.Hosting;

/// <summary>
/// Memory before authentication: whatever an anonymous client sends, the bot holds no more of it than the endpoint's
/// limit. The bot runs as its own process, so what is measured is that process's resident memory, as Kubernetes
/// sees it against the manifest's 512 Mi limit.
/// </summary>
public sealed class RequestBodyMemoryTests(ITestOutputHelper output)
{
    private const int Concurrent = 8;
    private const long BodyBytes = 28 * 1024 * 1024;
    private const long AllowedGrowth = 100 * 1024 * 1024;
    private static readonly TimeSpan RoundTimeout = TimeSpan.FromSeconds(60);

    public static TheoryData<string> AnonymousEndpoints => new()
    {
        "WhatsApp webhook (forged signature)",
        "staff sign-in",
        "widget token",
        "Direct Line start",
        "Direct Line refresh",
        "Direct Line activity",
        "Direct Line upload",
        "staff API without a session",
        "an address that does not exist",
    };

    /// <summary>
    /// A fresh bot per endpoint: memory the runtime kept from an earlier round would otherwise hide the next one's growth.
    /// Every body is sent chunked, so no Content-Length check up front can refuse it; the Direct Line tokens are ones
    /// anybody can get from the widget's token endpoint.
    /// </summary>
    [Theory]
    [MemberData(nameof(AnonymousEndpoints))]
    public async Task Eight_concurrent_28_MB_bodies_grow_the_bot_by_less_than_100_MB(string endpoint)
    {
        using var data = new TemporaryDirectory();
        await using var bot = await BotProcess.StartAsync(data.Path, new Dictionary<string, string?>
        {
            ["WhatsApp__AppSecret"] = "memory-test-secret",
            ["WhatsApp__VerifyToken"] = "memory-test-verify",
            ["WhatsApp__AccessToken"] = "memory-test-access",
            ["WhatsApp__PhoneNumberId"] = "106540352242922",
            ["WhatsApp__GraphApiBaseUrl"] = "http://127.0.0.1:9/",
        });
        using var http = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = RoundTimeout };
        var client = new DirectLineTestClient(http);
        var session = await client.StartConversationAsync();
        var (freshToken, _, _) = await client.GetTokenAsync();
        (string Path, string? Token, string Prefix) target = endpoint switch
        {
            "WhatsApp webhook (forged signature)" => ("/api/whatsapp", null, """{"object":"whatsapp_business_account","entry":[{"id":""" + "\""),
            "staff sign-in" => ("/staff/api/session", null, """{"username":"beheer","password":""" + "\""),
            "widget token" => ("/api/webchat/token", null, "{\"x\":\""),
            "Direct Line start" => ("/v3/directline/conversations", freshToken, """{"locale":""" + "\""),
            "Direct Line refresh" => ("/v3/directline/tokens/refresh", session.Token, "{\"x\":\""),
            "Direct Line activity" => ($"/v3/directline/conversations/{session.ConversationId}/activities", session.Token, """{"type":"message","text":""" + "\""),
            "Direct Line upload" => ($"/v3/directline/conversations/{session.ConversationId}/upload", session.Token, "%PDF-1.7\n"),
            "staff API without a session" => ("/staff/api/tickets/x/notes", null, "{\"text\":\""),
            _ => ("/no/such/place", null, "{\"x\":\""),
        };

        var (path, token, prefix) = target;

        // One small request first, so first-use work (JIT, connections) is not counted as growth.
        await SendAsync(http, path, token, Encoding.UTF8.GetBytes(prefix), 1024);
        var before = ProcessMemory.Resident(bot.ProcessId);
        ProcessMemory.ResetPeak(bot.ProcessId);
        var answers = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => SendAsync(http, path, token, Encoding.UTF8.GetBytes(prefix), BodyBytes)));
        var growth = ProcessMemory.Peak(bot.ProcessId) - before;

        output.WriteLine($"{endpoint}: {before / 1048576} MB before, +{growth / 1048576} MB at the peak; answers {string.Join(", ", answers)}");
        Assert.False(bot.HasExited, $"The bot died:\n{bot.Output}");
        Assert.DoesNotContain(answers, answer => answer.StartsWith('5'));
        Assert.True(growth < AllowedGrowth, $"{endpoint}: grew by {growth / 1048576} MB");
    }

    /// <returns>The status code, or "closed" when the bot stopped reading and closed the connection before answering.</returns>
    private static async Task<string> SendAsync(HttpClient http, string path, string? token, byte[] prefix, long bytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new ChunkedBody(prefix, bytes, path.EndsWith("/upload", StringComparison.Ordinal) ? "application/pdf" : "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (path == "/api/whatsapp")
        {
            request.Headers.Add("X-Hub-Signature-256", "sha256=" + new string('0', 64));
        }

        try
        {
            using var response = await http.SendAsync(request);
            return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException)
        {
            return "closed";
        }
    }
}
