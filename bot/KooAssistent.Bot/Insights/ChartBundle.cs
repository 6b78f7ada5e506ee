using Microsoft.Net.Http.Headers;

namespace KooAssistent.Bot.Insights;

/// <summary>
/// Serves Chart.js's UMD build from its npm package at <c>/staff/lib/chart.umd.js</c>: from the bot's own address,
/// so the strict Content-Security-Policy (<c>script-src 'self'</c>) holds and no third party learns who looks at the
/// figures. When it was not installed, the page still shows every table.
/// </summary>
public sealed class ChartBundle
{
    private readonly string? path;
    private readonly EntityTagHeaderValue? entityTag;

    public ChartBundle(IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        path = new[]
        {
            Path.Combine(AppContext.BaseDirectory, "chartjs", "chart.umd.js"),
            Path.Combine(environment.ContentRootPath, "ClientApp", "node_modules", "chart.js", "dist", "chart.umd.js"),
        }.FirstOrDefault(File.Exists);
        if (path is not null)
        {
            var file = new FileInfo(path);
            entityTag = new EntityTagHeaderValue($"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\"");
        }
    }

    public IResult Serve() =>
        path is null
            ? Results.Content("console.error('KooAssistent: Chart.js is not installed on the server; run npm ci in bot/KooAssistent.Bot/ClientApp.');", "text/javascript", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.File(path, "text/javascript", entityTag: entityTag);
}
