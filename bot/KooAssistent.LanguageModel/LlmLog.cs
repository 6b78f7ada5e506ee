namespace KooAssistent.LanguageModel;

/// <summary>What the model did, as codes: never the message, the prompt or the model's answer.</summary>
internal static partial class LlmLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Language model on: {Model} at {Host}, features {Features}, time limit {TimeoutSeconds} s")]
    public static partial void Enabled(ILogger logger, string model, string host, string features, double timeoutSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Language model second opinion on danger: {Outcome} after {ElapsedMs} ms")]
    public static partial void SecondOpinion(ILogger logger, string outcome, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Language model phrasing: {Outcome} after {ElapsedMs} ms")]
    public static partial void Phrasing(ILogger logger, string outcome, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Language model worker draft: {Outcome} after {ElapsedMs} ms")]
    public static partial void WorkerDraft(ILogger logger, string outcome, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Language model call failed ({Feature}): {ErrorType}, status {Status}")]
    public static partial void Failed(ILogger logger, string feature, string errorType, int status);
}
