namespace KooAssistent.Conversation.Dialog;

/// <summary>
/// The bot's judgement for one turn: given what happened, what does the bot say? Pure with respect to transport:
/// the caller stores the inbound activity, runs the brain and stores the replies in one step, so a reply is never
/// sent twice and never lost.
/// </summary>
public interface IConversationBrain
{
    ValueTask<TurnResult> RespondAsync(TurnRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// The state to keep after the conversation was erased at the resident's request: nothing of what they said.
    /// By default nothing at all; a brain may keep what is not about the resident (the language to answer in).
    /// </summary>
    string Forget(string? state) => string.Empty;
}
