namespace KooAssistent.Conversation.Replies;

/// <summary>
/// Every fixed sentence the bot can say. The Dutch text lives in <c>knowledge/replies/nl.yaml</c> under the
/// snake_case form of the name (<see cref="Welcome"/> is <c>welcome</c>, <see cref="CannotAnswerYet"/> is <c>cannot_answer_yet</c>).
/// </summary>
public enum ReplyKey
{
    /// <summary>First message: says the bot is a computer program (EU AI Act art. 50), what it helps with, the privacy rule.</summary>
    Welcome,

    /// <summary>The bot has no answer; honest, with Koo's contact details instead of a guess.</summary>
    CannotAnswerYet,

    /// <summary>The resident sent a file; files are not accepted and were not kept.</summary>
    AttachmentsNotSupported,

    /// <summary>Something broke while handling the message; the resident is not left in silence.</summary>
    TurnFailed,
}
