namespace KooAssistent.Bot.Hosting;

/// <summary>Start-up events of the host.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Brain loaded and warm after {Milliseconds} ms, {SinceProcessStart} ms after the process started, of which {JitMilliseconds} ms compiling {JitMethods} methods; ready for residents")]
    public static partial void BrainWarm(ILogger logger, long milliseconds, long sinceProcessStart, long jitMilliseconds, long jitMethods);
}
