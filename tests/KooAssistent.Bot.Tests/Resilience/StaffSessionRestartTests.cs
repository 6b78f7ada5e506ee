using System.Net;
using System.Net.Http.Json;
using KooAssistent.Bot.Hosting;
using KooAssistent.Bot.Staff;
using KooAssistent.Testing;

namespace KooAssistent.Bot.Tests.Resilience;

/// <summary>
/// A worker signed in before a restart is still signed in after it. Each start gets a fresh home folder (see
/// <see cref="BotDataFolder"/>): only keys kept in <c>DataProtection:KeysPath</c> (by default beside the database)
/// can still read the cookie. StaffSessionRestartBrowserTests does the same in Chromium.
/// </summary>
public sealed class StaffSessionRestartTests : IDisposable
{
    private const string Password = "een-lang-wachtwoord";
    private readonly BotDataFolder data = new();

    [Fact]
    public async Task A_worker_signed_in_before_a_restart_on_the_same_data_folder_is_still_signed_in_after_it()
    {
        var cookie = await SignInAndKillAsync("anna");

        await using var second = await data.StartAsync();

        Assert.Equal(HttpStatusCode.OK, await SessionStatusAsync(second, cookie));
        var keys = Path.Combine(data.Path, DataProtectionKeys.DefaultFolderName);
        Assert.NotEmpty(Directory.GetFiles(keys, "*.xml"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        }
    }

    /// <summary>The control: the same restart with the keys somewhere else signs the worker out, so it is the kept keys that carry the session.</summary>
    [Fact]
    public async Task Started_with_another_keys_folder_the_bot_cannot_read_the_workers_cookie()
    {
        var cookie = await SignInAndKillAsync("bram");

        using var elsewhere = new TemporaryDirectory();
        await using var second = await data.StartAsync(new Dictionary<string, string?> { ["DataProtection__KeysPath"] = elsewhere.Path });

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionStatusAsync(second, cookie));
        Assert.NotEmpty(Directory.GetFiles(elsewhere.Path, "*.xml"));
    }

    public void Dispose() => data.Dispose();

    /// <summary>Adds a coordinator, signs them in on a first process, and kills it (SIGKILL); returns the cookie.</summary>
    private async Task<string> SignInAndKillAsync(string username)
    {
        await data.AddCoordinatorAsync(username, "Anna", Password);
        await using var first = await data.StartAsync();
        var cookie = await SignInAsync(first, username);
        Assert.Equal(HttpStatusCode.OK, await SessionStatusAsync(first, cookie));
        await first.KillAsync();
        return cookie;
    }

    /// <summary>
    /// Signs in and returns the <c>Cookie</c> header a browser would send. The cookie is Secure outside Development and
    /// the test talks plain http to the process, so it is carried by hand rather than by a cookie jar.
    /// </summary>
    private static async Task<string> SignInAsync(BotProcess bot, string username)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = bot.BaseAddress };
        using var response = await http.PostAsJsonAsync("/staff/api/session", new { username, password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie")
            .Select(header => header.Split(';')[0])
            .Where(pair => pair.StartsWith(StaffExtensions.Scheme, StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(cookies);
        return string.Join("; ", cookies);
    }

    private static async Task<HttpStatusCode> SessionStatusAsync(BotProcess bot, string cookie)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = bot.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/staff/api/session");
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
