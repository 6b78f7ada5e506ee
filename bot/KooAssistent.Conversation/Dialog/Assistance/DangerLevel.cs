namespace KooAssistent.Conversation.Dialog.Assistance;

/// <summary>What a language model's second opinion on danger says; it can only add to what the rules found.</summary>
public enum DangerLevel
{
    /// <summary>No answer to use: timeout, error, or an answer that could not be read. The turn goes on as without a model.</summary>
    Unavailable,

    /// <summary>The model sees no danger. Never lowers what the rules found.</summary>
    None,

    /// <summary>Danger is possible: the bot asks "Ben je nu in gevaar?" for the kind.</summary>
    Possible,

    /// <summary>A crisis: the help for the kind at once.</summary>
    Crisis,
}
