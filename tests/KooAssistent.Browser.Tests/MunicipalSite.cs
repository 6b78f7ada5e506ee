using System.Security.Cryptography;
using KooAssistent.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KooAssistent.Browser.Tests;

/// <summary>
/// Another site on its own loopback origin that embeds the widget the way a municipality would: one script tag
/// pointing at the bot, and a strict nonce-based Content-Security-Policy with a fresh nonce on every page.
/// </summary>
internal sealed class MunicipalSite : IAsyncDisposable
{
    public const string PagePath = "/hulp-en-advies";
    public const string NonceHeader = "X-Test-Nonce";

    private readonly WebApplication app;
    private Uri? bot;

    private MunicipalSite(WebApplication app) => this.app = app;

    public Uri Origin { get; private set; } = null!;

    public static async Task<MunicipalSite> StartAsync()
    {
        var site = new MunicipalSite(LoopbackApp.Create());
        site.app.MapGet(PagePath, site.Page);
        site.Origin = await LoopbackApp.StartAsync(site.app);
        return site;
    }

    /// <summary>The bot is started after this site, because it has to know this site's origin to allow it.</summary>
    public void Embed(Uri botAddress) => bot = botAddress;

    public Uri PageAddress => new(Origin, PagePath);

    /// <summary>Only the nonce admits the widget's scripts and styles: the bot's host is deliberately not listed there.</summary>
    public static string PolicyFor(string nonce, Uri bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var botOrigin = bot.GetLeftPart(UriPartial.Authority);
        var botSocket = "ws://" + bot.Authority;
        return $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; " +
            $"img-src {botOrigin} data: blob:; font-src {botOrigin} data:; connect-src {botOrigin} {botSocket}; " +
            "base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private IResult Page(HttpContext http)
    {
        var botAddress = bot ?? throw new InvalidOperationException("No bot has been embedded yet.");
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        http.Response.Headers.ContentSecurityPolicy = PolicyFor(nonce, botAddress);
        http.Response.Headers[NonceHeader] = nonce;
        var script = new Uri(botAddress, "/widget/koo-widget.js");
        return Results.Content(
            $"""
            <!DOCTYPE html>
            <html lang="nl">
            <head>
              <meta charset="utf-8">
              <title>Hulp en advies – andere website</title>
              <link rel="icon" href="data:,">
            </head>
            <body>
              <main>
                <h1>Hulp en advies</h1>
                <p>Een pagina op een andere website, met de chat van Koo.</p>
              </main>
              <script src="{script}" nonce="{nonce}" defer></script>
            </body>
            </html>
            """,
            "text/html; charset=utf-8");
    }
}
