using System.Net;
using System.Net.Http.Json;
using KooAssistent.Bot.Staff;
using KooAssistent.Bot.Tests.Staff;
using KooAssistent.Storage.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Hosting;

/// <summary>
/// Behind the TLS proxy of the deployment (here loopback, configured as <c>Hosting:KnownProxies</c>; a network in a
/// cluster) the bot sees the scheme and client address the proxy forwards: HSTS goes out over https only, and throttles
/// count clients, not the proxy. From an address nobody configured, the same headers change nothing.
/// </summary>
public sealed class ReverseProxyTests : IDisposable
{
    private readonly BotFactory bot = new(Limits(new() { ["Hosting:KnownProxies:0"] = "127.0.0.1" }));
    private readonly HttpClient http;

    public ReverseProxyTests() => http = new HttpClient { BaseAddress = bot.StartOnLoopback() };

    [Fact]
    public async Task A_request_the_proxy_received_over_https_gets_HSTS_and_a_plain_http_one_does_not()
    {
        using var overHttps = await http.SendAsync(Request(HttpMethod.Get, "/health/live", forwardedProto: "https"));
        using var overHttp = await http.SendAsync(Request(HttpMethod.Get, "/health/live", forwardedProto: null));

        Assert.Equal("max-age=31536000", overHttps.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_sign_in_throttle_counts_the_client_address_the_proxy_forwards_not_the_proxys_own()
    {
        await StaffConsole.AddAccountAsync(bot, "anna", StaffRole.Medewerker, "Buurtteam Noord");
        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { "203.0.113.9", "203.0.113.9", "203.0.113.9", "203.0.113.10" })
        {
            using var request = Request(HttpMethod.Post, "/staff/api/session", "https", client);
            request.Content = JsonContent.Create(new { username = "anna", password = "fout-fout-fout" });
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.Unauthorized], statuses);
    }

    /// <summary>
    /// One IPv6 connection comes with a whole /64 of addresses to send from; counted one by one, the limit on new
    /// conversations would be no limit at all.
    /// </summary>
    [Fact]
    public async Task New_conversations_are_counted_per_IPv6_64_so_a_client_cannot_step_around_the_limit_by_changing_address()
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { "2001:db8:1:2::a", "2001:db8:1:2::b", "2001:db8:1:2:ffff::c", "2001:db8:1:3::a" })
        {
            using var response = await http.SendAsync(Request(HttpMethod.Post, "/api/webchat/token", "https", client));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task A_proxy_inside_a_configured_network_is_believed_like_a_single_known_address()
    {
        using var inNetwork = new BotFactory(Limits(new() { ["Hosting:KnownNetworks:0"] = "127.0.0.0/8" }));
        using var client = new HttpClient { BaseAddress = inNetwork.StartOnLoopback() };

        var statuses = await NewConversationsAsync(client, "203.0.113.9", "203.0.113.9", "203.0.113.9", "203.0.113.10");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], statuses);
    }

    /// <summary>
    /// Nothing configured trusts nobody, loopback included: a client that sends its own <c>X-Forwarded-For</c> cannot
    /// step around the limit on new chats by naming a new address each time, nor claim https.
    /// </summary>
    [Fact]
    public async Task Without_a_configured_proxy_forwarded_headers_are_ignored_and_the_connection_is_counted()
    {
        using var unconfigured = new BotFactory(Limits([]));
        using var client = new HttpClient { BaseAddress = unconfigured.StartOnLoopback() };

        var statuses = await NewConversationsAsync(client, "203.0.113.1", "203.0.113.2", "203.0.113.3");
        using var claimedHttps = await client.SendAsync(Request(HttpMethod.Get, "/health/live", forwardedProto: "https"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.False(claimedHttps.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_proxy_outside_the_configured_ones_is_not_believed()
    {
        using var elsewhere = new BotFactory(Limits(new() { ["Hosting:KnownProxies:0"] = "10.1.2.3", ["Hosting:KnownNetworks:0"] = "192.168.0.0/16" }));
        using var client = new HttpClient { BaseAddress = elsewhere.StartOnLoopback() };

        var statuses = await NewConversationsAsync(client, "203.0.113.1", "203.0.113.2", "203.0.113.3");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>
    /// In Development the cookie follows the scheme of the request as the resident's browser made it; behind a listed
    /// proxy that is the forwarded one. (Elsewhere it is Secure whatever the scheme: <c>StaffSessionCookieTests</c>.)
    /// </summary>
    [Fact]
    public async Task In_Development_the_session_cookie_is_Secure_when_the_proxy_received_the_sign_in_over_https()
    {
        using var development = new BotFactory(new Dictionary<string, string?> { ["environment"] = "Development", ["Hosting:KnownProxies:0"] = "127.0.0.1" });
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = development.StartOnLoopback() };
        await StaffConsole.AddAccountAsync(development, "anna", StaffRole.Medewerker, "Buurtteam Noord");

        var overHttps = await SessionCookieAsync(client, "https");
        var overHttp = await SessionCookieAsync(client, null);

        Assert.Contains("; secure", overHttps, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("; secure", overHttp, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        http.Dispose();
        bot.Dispose();
    }

    private static Dictionary<string, string?> Limits(Dictionary<string, string?> proxies)
    {
        proxies["Staff:SignInsPerMinutePerAddress"] = "2";
        proxies["WebChat:TokenRequestsPerMinute"] = "2";
        return proxies;
    }

    private static async Task<List<HttpStatusCode>> NewConversationsAsync(HttpClient client, params string[] forwardedFor)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var address in forwardedFor)
        {
            using var response = await client.SendAsync(Request(HttpMethod.Post, "/api/webchat/token", "https", address));
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private static async Task<string> SessionCookieAsync(HttpClient client, string? forwardedProto)
    {
        using var request = Request(HttpMethod.Post, "/staff/api/session", forwardedProto);
        request.Content = JsonContent.Create(new { username = "anna", password = "een-lang-wachtwoord" });
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(StaffExtensions.Scheme + "=", StringComparison.Ordinal));
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? forwardedProto, string client = "203.0.113.9")
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = "chat.example.nl";
        request.Headers.Add("X-Forwarded-For", client);
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        return request;
    }
}
