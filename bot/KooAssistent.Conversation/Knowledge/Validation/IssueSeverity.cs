namespace KooAssistent.Conversation.Knowledge.Validation;

public enum IssueSeverity
{
    /// <summary>Worth a look; does not stop anything.</summary>
    Warning,

    /// <summary>Fails <c>koo kb check</c> (and CI); a content error that would mislead a resident stops the bot.</summary>
    Error,
}
