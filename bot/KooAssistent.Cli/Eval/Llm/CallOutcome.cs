namespace KooAssistent.Cli.Eval.Llm;

/// <summary>How one call to the model ended, as the eval counts it.</summary>
internal enum CallOutcome
{
    Answered,

    /// <summary>A second opinion that was not the JSON asked for, or named a kind of danger the bot has no help for.</summary>
    Unreadable,

    /// <summary>The turn's time limit for the model ran out first (also for a call begun after it had run out).</summary>
    Timeout,

    /// <summary>An error status, a body that is not a chat completion, a refused connection, an empty answer.</summary>
    Failed,
}
