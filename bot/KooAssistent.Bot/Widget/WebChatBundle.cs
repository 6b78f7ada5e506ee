using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KooAssistent.Bot.Widget;

/// <summary>
/// Serves <c>botframework-webchat</c>'s prebuilt <c>webchat.js</c> at <c>/widget/webchat.js</c>. When it was not
/// installed, the script that comes back says so in the browser console instead of failing silently.
/// </summary>
public sealed partial class WebChatBundle
{
    private readonly string? path;
    private readonly DateTimeOffset lastModified;
    private readonly EntityTagHeaderValue? entityTag;

    public WebChatBundle(IOptions<WidgetOptions> options, IWebHostEnvironment environment, ILogger<WebChatBundle> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        string[] candidates = string.IsNullOrWhiteSpace(options.Value.WebChatBundlePath)
            ? [
                Path.Combine(AppContext.BaseDirectory, "webchat", "webchat.js"),
                Path.Combine(environment.ContentRootPath, "ClientApp", "node_modules", "botframework-webchat", "dist", "webchat.js"),
            ]
            : [Path.GetFullPath(options.Value.WebChatBundlePath, environment.ContentRootPath)];
        path = candidates.FirstOrDefault(File.Exists);
        if (path is null)
        {
            LogMissing(logger, string.Join(", ", candidates));
            return;
        }

        // The bundle is ~4 MB: let browsers revalidate cheaply instead of downloading it on every page view.
        var file = new FileInfo(path);
        lastModified = file.LastWriteTimeUtc;
        entityTag = new EntityTagHeaderValue($"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\"");
    }

    public bool IsAvailable => path is not null;

    public IResult Serve() =>
        path is null
            ? Results.Content(
                "console.error('KooAssistent: the Web Chat bundle is not installed on the server. Run scripts/run.sh, or npm ci in bot/KooAssistent.Bot/ClientApp.');",
                "text/javascript",
                statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.File(path, "text/javascript", lastModified: lastModified, entityTag: entityTag, enableRangeProcessing: false);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Web Chat bundle was not found (looked in {Candidates}); the widget will not load")]
    private static partial void LogMissing(ILogger logger, string candidates);
}
