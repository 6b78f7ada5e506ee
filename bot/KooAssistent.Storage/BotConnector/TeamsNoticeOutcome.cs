namespace KooAssistent.Storage.BotConnector;

/// <summary>How a Teams notification ended (stored in lower case).</summary>
public enum TeamsNoticeOutcome
{
    /// <summary>The channel accepted the message.</summary>
    Sent,

    /// <summary>The channel refused it for good (the bot is no longer in the team, a wrong conversation id).</summary>
    Refused,

    /// <summary>A worker took the ticket before the message went out.</summary>
    Skipped,
}
