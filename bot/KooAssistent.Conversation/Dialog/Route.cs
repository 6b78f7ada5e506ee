namespace KooAssistent.Conversation.Dialog;

/// <summary>What the bot decided to do with a resident's message.</summary>
public enum Route
{
    /// <summary>A single clear question the knowledge base covers: answer it.</summary>
    Answer,

    /// <summary>Vague or ambiguous: ask what the resident means, with buttons.</summary>
    Clarify,

    /// <summary>Several problems under pressure, a request for a person, or answers that did not help: a person takes over.</summary>
    Handoff,

    /// <summary>Danger: help lines first, at once, whatever else was said. Never downgraded later in the conversation.</summary>
    Crisis,

    /// <summary>Not social support: a friendly referral to the right place.</summary>
    OutOfScope,
}
