namespace KooAssistent.Bot.Hosting;

/// <summary>Start-up events of the host.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Brain loaded and warm after {Milliseconds} ms; ready for residents")]
    public static partial void BrainWarm(ILogger logger, long milliseconds);
}
