using KooAssistent.Conversation.Activities;
using KooAssistent.Conversation.Replies;

namespace KooAssistent.Conversation.Dialog;

/// <summary>
/// The brain until knowledge and triage arrive: it introduces itself honestly and, rather than guessing, says it
/// cannot answer yet and where a person can help. No fake answers.
/// </summary>
public sealed class HonestFallbackBrain(ReplyCatalogue replies) : IConversationBrain
{
    public ValueTask<TurnResult> RespondAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(new TurnResult(Compose(request), request.State));
    }

    private List<Activity> Compose(TurnRequest request)
    {
        var messages = new List<Activity>();
        switch (request.Trigger)
        {
            case TurnTrigger.ConversationStarted:
                messages.Add(Activity.Message(replies[ReplyKey.Welcome]));
                break;

            case TurnTrigger.Message:
                if (request.RejectedAttachments > 0)
                {
                    messages.Add(Activity.Message(replies[ReplyKey.AttachmentsNotSupported]));
                }

                if (HasContent(request.Inbound))
                {
                    messages.Add(Activity.Message(replies[ReplyKey.NoGoodAnswer]));
                }

                break;

            case TurnTrigger.Event:
            default:
                // Client events (for example a widget telling the bot it was opened) need no answer yet.
                break;
        }

        return messages;
    }

    private static bool HasContent(Activity? inbound) =>
        inbound is not null && (!string.IsNullOrWhiteSpace(inbound.Text) || inbound.Value is not null);
}
