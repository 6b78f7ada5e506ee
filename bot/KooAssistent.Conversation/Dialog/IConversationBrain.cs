namespace KooAssistent.Conversation.Dialog;

/// <summary>
/// The bot's judgement for one turn: given what happened, what does the bot say? Pure with respect to transport:
/// the caller stores the inbound activity, runs the brain and stores the replies in one step, so a reply is never
/// sent twice and never lost.
/// </summary>
public interface IConversationBrain
{
    ValueTask<TurnResult> RespondAsync(TurnRequest request, CancellationToken cancellationToken);
}
