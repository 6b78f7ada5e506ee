using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Dialog.Triage;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Dialog;

/// <summary>
/// The bot's brain: it reads each message with the detectors, lets the triage decide (crisis, handoff, answer,
/// clarify, out of scope) and composes the reply from the knowledge. It remembers the conversation in its state,
/// which the caller stores and hands back on the next turn.
/// </summary>
public sealed class TriageBrain(TriageContent content, IMessageReader reader, IArticleSearch search) : IConversationBrain
{
    private readonly TriageDecider decider = new(content, search);
    private readonly TriageComposer composer = new(content);

    public ValueTask<TurnResult> RespondAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(request.Trigger switch
        {
            TurnTrigger.ConversationStarted => new TurnResult([Activity.Message(content.Knowledge.Replies[ReplyKey.Welcome])], request.State),
            TurnTrigger.Message => Message(request),
            _ => TurnResult.Silent(request.State),
        });
    }

    private TurnResult Message(TurnRequest request)
    {
        var state = TriageState.Parse(request.State);
        var text = request.Inbound?.Text?.Trim() ?? string.Empty;
        var replies = new List<Activity>();
        if (request.RejectedAttachments > 0)
        {
            replies.Add(Activity.Message(content.Knowledge.RepliesFor(state.Language)[ReplyKey.AttachmentsNotSupported]));
        }

        if (text.Length == 0)
        {
            return new TurnResult(replies, request.State);
        }

        var plan = decider.Decide(text, reader.Read(text, state.RecentMessages), state);
        replies.Add(composer.Compose(plan));
        return new TurnResult(replies, plan.NextState.Serialize(), plan.Decision);
    }
}
