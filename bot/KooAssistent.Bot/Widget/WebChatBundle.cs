using Microsoft.Extensions.Options;

namespace KooAssistent.Bot.Widget;

/// <summary>
/// Serves <c>botframework-webchat</c>'s prebuilt <c>webchat.js</c> at <c>/widget/webchat.js</c>. When it was not
/// installed, the script that comes back says so in the browser console instead of failing silently.
/// </summary>
public sealed partial class WebChatBundle
{
    private readonly string? path;

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
        }
    }

    public bool IsAvailable => path is not null;

    public IResult Serve() =>
        path is null
            ? Results.Content(
                "console.error('KooAssistent: the Web Chat bundle is not installed on the server. Run scripts/run.sh, or npm ci in bot/KooAssistent.Bot/ClientApp.');",
                "text/javascript",
                statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.File(path, "text/javascript", enableRangeProcessing: false);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Web Chat bundle was not found (looked in {Candidates}); the widget will not load")]
    private static partial void LogMissing(ILogger logger, string candidates);
}
