using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KooAssistent.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KooAssistent.Bot.Tests.Staff.Oidc;

/// <summary>
/// What a browser does for a sign-in through the provider, step by step: the console's button, the provider's
/// authorisation page, the form it posts back to the console, and the redirect that follows. Cookies are kept per
/// site (the test server's for the console, none needed at the provider), redirects are followed by hand so every
/// step can be looked at.
/// </summary>
internal sealed partial class OidcBrowser : IDisposable
{
    private readonly HttpClient provider = new(new HttpClientHandler { AllowAutoRedirect = false });

    public OidcBrowser(BotFactory bot) =>
        Console = bot.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>A copy of the console's session cookie as the sign-in set it (empty when none was set).</summary>
    public string CookieCopy { get; private set; } = string.Empty;

    /// <summary>The console's side, with its cookie jar.</summary>
    public HttpClient Console { get; }

    /// <summary>Signs in through the provider and returns where the console sent the browser at the end.</summary>
    public async Task<Uri> SignInAsync()
    {
        using var start = await Console.GetAsync(new Uri("/staff/oidc/signin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var authorize = start.Headers.Location!;
        Assert.Equal("127.0.0.1", authorize.Host);
        Assert.Contains("code_challenge_method=S256", authorize.Query, StringComparison.Ordinal);

        using var page = await provider.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
        var fields = HiddenInput().Matches(html).ToDictionary(match => match.Groups[1].Value, match => WebUtility.HtmlDecode(match.Groups[2].Value));

        using var form = new FormUrlEncodedContent(fields);
        using var callback = await Console.PostAsync(new Uri(action), form);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        CookieCopy = string.Join("; ", (callback.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [])
            .Select(cookie => cookie.Split(';')[0]).Where(cookie => cookie.StartsWith("koo-staff", StringComparison.Ordinal)));
        return callback.Headers.Location!;
    }

    /// <summary>The console's session as the page reads it, or null for 401.</summary>
    public async Task<JsonObject?> SessionAsync()
    {
        using var response = await Console.GetAsync(new Uri("/staff/api/session", UriKind.Relative));
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
    }

    public void Dispose()
    {
        provider.Dispose();
        Console.Dispose();
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();
}
