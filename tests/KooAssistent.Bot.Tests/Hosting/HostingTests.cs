using System.Net;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Hosting;

public sealed class HostingTests : IDisposable
{
    private readonly BotFactory bot = new();

    [Fact]
    public async Task Liveness_and_readiness_answer_healthy_when_the_database_is_reachable()
    {
        using var http = bot.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        Assert.Equal("Healthy", await http.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));
    }

    [Fact]
    public async Task Every_response_carries_a_strict_content_security_policy_and_no_sniffing()
    {
        using var http = bot.CreateClient();

        using var response = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_Web_Chat_bundle_is_served_from_the_pinned_npm_package()
    {
        using var http = bot.CreateClient();

        using var response = await http.GetAsync(new Uri("/widget/webchat.js", UriKind.Relative));
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(script.Length > 1_000_000, "webchat.js should be the full prebuilt bundle");
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_browser_that_has_the_Web_Chat_bundle_revalidates_it_without_downloading_it_again()
    {
        using var http = bot.CreateClient();
        using var first = await http.GetAsync(new Uri("/widget/webchat.js", UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/widget/webchat.js", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    public void Dispose() => bot.Dispose();
}
